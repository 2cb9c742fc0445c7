package org.innovationbridge.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two matching-service instances (packaged jars, real processes) in one consumer group over six partitions:
 * Kafka splits the partitions between them, and every event version is applied to the index exactly once in
 * total (counted by each instance's {@code ib_matching_events_total{outcome="applied"}}), each document once.
 */
class MatchingConsumerGroupIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + env("IB_KAFKA_PORT", "19092"));
    private static final String ES = "http://127.0.0.1:" + env("IB_ES_PORT", "19200");
    private static final int PROBLEMS = 60;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topicPrefix = "group-it-" + run + ".";
    private final String indexPrefix = "group-it-" + run + "-";
    private final String groupId = "matching-group-it-" + run;
    private final List<ServiceProcess> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() throws InterruptedException {
        for (ServiceProcess instance : instances) {
            instance.stop();
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndApplyEveryEventOnceBetweenThem() throws Exception {
        Map<String, String> environment = Map.of("IB_KAFKA_TOPIC_PREFIX", topicPrefix,
                "IB_SEARCH_INDEX_PREFIX", indexPrefix, "MATCHING_GROUP_ID", groupId,
                "IB_KAFKA_PARTITIONS", "6", "IB_MATCH_FOUND_ENABLED", "false");
        for (String name : List.of("matching-a", "matching-b")) {
            ServiceProcess instance = new ServiceProcess("matching-service", name, "MATCHING_HTTP_PORT", environment);
            instances.add(instance);
            instance.start();
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Collection<MemberDescription> members = describeGroup(admin).members();
                assertThat(members).hasSize(2);
                assertThat(members).allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
                Set<TopicPartition> problemPartitions = new HashSet<>();
                members.forEach(member -> member.assignment().topicPartitions().stream()
                        .filter(tp -> tp.topic().equals(topicPrefix + "ib.problem.events"))
                        .forEach(problemPartitions::add));
                assertThat(problemPartitions).as("both instances together hold all six partitions").hasSize(6);
            });
            // each instance holds partitions of the problem topic, not only of the others
            assertThat(describeGroup(admin).members()).allSatisfy(member -> assertThat(member.assignment()
                    .topicPartitions()).anyMatch(tp -> tp.topic().equals(topicPrefix + "ib.problem.events")));
        }

        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < PROBLEMS; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                for (long version = 0; version <= 1; version++) {
                    producer.send(new ProducerRecord<>(topicPrefix + "ib.problem.events", id,
                            problemEvent(id, version, "第" + i + "号储氢材料难题（第" + version + "版）"))).get(30, TimeUnit.SECONDS);
                }
            }
        }

        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            given().post(ES + "/" + indexPrefix + "problems/_refresh").then().statusCode(200);
            List<Map<String, Object>> docs = given().contentType(ContentType.JSON)
                    .body(Map.of("size", 1000, "query", Map.of("match_all", Map.of())))
                    .when().post(ES + "/" + indexPrefix + "problems/_search")
                    .then().statusCode(200)
                    .extract().path("hits.hits._source");
            assertThat(docs).extracting(doc -> doc.get("id")).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(docs).extracting(doc -> ((Number) doc.get("aggregateVersion")).longValue()).containsOnly(1L);
        });
        List<Double> applied = new ArrayList<>();
        for (ServiceProcess instance : instances) {
            applied.add(applied(instance));
        }
        assertThat(applied).as("each instance indexed its share").allSatisfy(count -> assertThat(count).isPositive());
        assertThat(applied.stream().mapToDouble(Double::doubleValue).sum())
                .as("every event version applied exactly once over both instances").isEqualTo(2.0 * PROBLEMS);
    }

    private ConsumerGroupDescription describeGroup(Admin admin) throws Exception {
        // the consumer group is named after the mapping generation too (<group>-v3), so find it by prefix
        String group = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                .map(ConsumerGroupListing::groupId).filter(name -> name.startsWith(groupId + "-"))
                .findFirst().orElseThrow(() -> new AssertionError("no consumer group " + groupId + "-*"));
        return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
    }

    private static double applied(ServiceProcess instance) {
        String metrics = given().when().get(instance.url() + "/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^ib_matching_events_total\\{[^}]*outcome=\"applied\"[^}]*\\} (\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        assertThat(m.find()).as("applied counter of " + instance.url()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static String problemEvent(String id, long version, String title) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", id).put("enterpriseId", UUID.randomUUID().toString()).put("enterpriseName", "测试企业")
                .put("title", title).put("description", "镁基固态储氢").put("industryChain", "hydrogen-energy-storage")
                .put("visibility", "PUBLIC").put("status", "PUBLISHED").put("updatedAt", OffsetDateTime.now().toString());
        ObjectNode envelope = JSON.createObjectNode()
                .put("schema", "ib.event.v1").put("eventId", UUID.randomUUID().toString())
                .put("eventType", version == 0 ? "problem.created" : "problem.updated").put("aggregateType", "problem")
                .put("aggregateId", id).put("aggregateVersion", version).put("occurredAt", OffsetDateTime.now().toString());
        envelope.set("payload", payload);
        return envelope.toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

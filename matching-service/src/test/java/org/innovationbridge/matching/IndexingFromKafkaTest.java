package org.innovationbridge.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.matching.messaging.DeadLetters;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Events on the real Kafka topics end up, exactly once and at their latest version, in the real Elasticsearch. */
@Tag("stack")
@QuarkusTest
class IndexingFromKafkaTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;
    @Inject
    ElasticsearchClient es;

    private TestEvents events;

    @BeforeEach
    void connect() {
        events = new TestEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aPublishedProblemIsFoundByAChineseWordOfItsDescription() throws Exception {
        UUID id = UUID.randomUUID();
        String marker = "钒液流" + id.toString().substring(0, 6);
        events.send(Topics.PROBLEM_EVENTS, id.toString(), TestEvents.problemEnvelope(id, 0, "problem.created",
                "固态储氢材料的低成本制备", "需要一种常温可逆吸放氢的镁基固态储氢材料，用于" + marker + "储能示范项目",
                "PUBLISHED").toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", "镁基").queryParam("size", 100)
                        .when().get("/search/problems")
                        .then().statusCode(200)
                        .body("hits.id", hasItem(id.toString())));

        given().queryParam("q", "镁基储氢").queryParam("size", 100)
                .when().get("/search/problems")
                .then().statusCode(200)
                .body("queryTerms", hasItem("镁"))
                .body("hits.find { it.id == '" + id + "' }.title", equalTo("固态储氢材料的低成本制备"))
                .body("hits.find { it.id == '" + id + "' }.ownerName", equalTo("测试企业有限公司"))
                .body("hits.find { it.id == '" + id + "' }.matchedTerms", hasItem("储氢"));
    }

    @Test
    void aDuplicateDeliveryIndexesOneDocumentAndAnOlderVersionNeverWins() throws Exception {
        UUID id = UUID.randomUUID();
        String v0 = TestEvents.problemEnvelope(id, 0, "problem.created", "伺服直驱数控螺旋压力机", "初稿", "DRAFT").toString();
        String v1 = TestEvents.problemEnvelope(id, 1, "problem.status-changed", "伺服直驱数控螺旋压力机",
                "需要伺服直驱技术替代摩擦压力机", "PUBLISHED").toString();
        // the same v1 twice, then the stale v0 again: out of order and duplicated
        events.sendAll(Topics.PROBLEM_EVENTS, id.toString(), List.of(v0, v1, v1, v0));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Optional<MatchDocument> doc = index.get(DocumentKind.PROBLEM, id.toString());
            assertThat(doc).isPresent();
            assertThat(doc.get().aggregateVersion()).isEqualTo(1);
        });
        // a marker event after the four proves the consumer has moved past them
        UUID later = UUID.randomUUID();
        events.send(Topics.PROBLEM_EVENTS, id.toString(), TestEvents.problemEnvelope(later, 0, "problem.created",
                "标记", "标记", "DRAFT").toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> index.get(DocumentKind.PROBLEM, later.toString()).isPresent());

        MatchDocument doc = index.get(DocumentKind.PROBLEM, id.toString()).orElseThrow();
        assertThat(doc.aggregateVersion()).isEqualTo(1);
        assertThat(doc.status()).isEqualTo("PUBLISHED");
        assertThat(doc.text()).isEqualTo("需要伺服直驱技术替代摩擦压力机");
        es.indices().refresh(r -> r.index(index.alias(DocumentKind.PROBLEM)));
        long copies = es.count(c -> c.index(index.alias(DocumentKind.PROBLEM))
                .query(q -> q.term(t -> t.field("id").value(id.toString())))).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void aDeletionHidesTheProblemAndALateUpdateCannotResurrectIt() throws Exception {
        UUID id = UUID.randomUUID();
        String created = TestEvents.problemEnvelope(id, 0, "problem.created", "医用钛合金骨钉表面处理",
                "骨钉表面微弧氧化涂层", "PUBLISHED").toString();
        String deleted = TestEvents.envelope("problem", id, 1, "problem.deleted",
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("id", id.toString())).toString();
        events.sendAll(Topics.PROBLEM_EVENTS, id.toString(), List.of(created, deleted, created));
        // a marker after the three, on the same key and so the same partition: once it is indexed, the late
        // re-create has been consumed too, and what follows asserts its outcome rather than racing it
        UUID marker = UUID.randomUUID();
        events.send(Topics.PROBLEM_EVENTS, id.toString(), TestEvents.problemEnvelope(marker, 0, "problem.created",
                "标记", "标记", "DRAFT").toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> index.get(DocumentKind.PROBLEM, marker.toString()).isPresent());

        MatchDocument doc = index.get(DocumentKind.PROBLEM, id.toString()).orElseThrow();
        assertThat(doc.deleted()).as("the late re-create did not resurrect it").isTrue();
        assertThat(doc.aggregateVersion()).isEqualTo(1);
        // search sees the tombstone after the next refresh
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("q", "微弧氧化").queryParam("size", 100)
                        .when().get("/search/problems")
                        .then().statusCode(200)
                        .body("hits.id", not(hasItem(id.toString()))));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheirReasonAndDoNotBlockTheOthers() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaConsumer<String, String> dlt = deadLetterReader()) {
            UUID good = UUID.randomUUID();
            events.sendAll(Topics.PROBLEM_EVENTS, key, List.of(
                    "{not json " + key,
                    TestEvents.envelope("problem", UUID.randomUUID(), 0, "problem.created",
                            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()).toString(),
                    TestEvents.problemEnvelope(good, 0, "problem.created", "维生素C发酵工艺优化",
                            "二步发酵法提高维生素C收率", "PUBLISHED").toString()));

            await().atMost(Duration.ofSeconds(30)).until(() -> index.get(DocumentKind.PROBLEM, good.toString()).isPresent());
            List<ConsumerRecord<String, String>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        letters.add(r);
                    }
                });
                assertThat(letters).hasSize(2);
            });
            assertThat(header(letters.get(0), DeadLetters.REASON)).startsWith("not JSON");
            assertThat(header(letters.get(0), DeadLetters.ORIGINAL_TOPIC)).isEqualTo(Topics.PROBLEM_EVENTS);
            assertThat(letters.get(0).value()).isEqualTo("{not json " + key);
            assertThat(header(letters.get(1), DeadLetters.REASON)).isEqualTo("payload lacks a title");
        }
    }

    @Test
    void aSearchWithoutWordsIsRefusedNamingTheParameter() {
        given().when().get("/search/problems")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].reason", equalTo("must not be blank"));
        given().queryParam("q", "储氢").queryParam("size", 1000).when().get("/search/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void aRenamedEnterpriseShowsItsNewNameOnItsProblems() throws Exception {
        UUID id = UUID.randomUUID();
        com.fasterxml.jackson.databind.node.ObjectNode problem = TestEvents.problemEnvelope(id, 1,
                "problem.status-changed", "船用燃料电池系统集成" + id.toString().substring(0, 6),
                "内河船舶需要氢燃料电池动力系统集成方案", "PUBLISHED");
        String enterprise = problem.path("payload").path("enterpriseId").asText();
        var renamed = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("id", enterprise).put("name", "临淄氢能装备有限公司").put("district", "linzi");
        events.send(Topics.PROBLEM_EVENTS, id.toString(), problem.toString());
        events.send(Topics.ENTERPRISE_EVENTS, enterprise,
                TestEvents.envelope("enterprise", UUID.fromString(enterprise), 1, "enterprise.updated", renamed).toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", "燃料电池系统集成").queryParam("size", 100)
                        .when().get("/search/problems")
                        .then().statusCode(200)
                        .body("hits.find { it.id == '" + id + "' }.ownerName", equalTo("临淄氢能装备有限公司")));
    }

    @Test
    void theServiceIsLiveWhileItsConsumerRuns() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("checks.find { it.name == 'indexing-consumer' }.status", equalTo("UP"));
    }

    private KafkaConsumer<String, String> deadLetterReader() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

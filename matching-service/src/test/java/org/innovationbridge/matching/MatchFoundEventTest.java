package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A result arriving for an indexed problem is announced on the real match topic, once, when it matches strongly. */
@Tag("stack")
@QuarkusTest
class MatchFoundEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    @Test
    void aSolvingResultIsAnnouncedForTheProblemAndARedeliveryIsNot() throws Exception {
        UUID problem = UUID.randomUUID();
        UUID result = UUID.randomUUID();
        UUID unrelated = UUID.randomUUID();
        String marker = problem.toString().substring(0, 6);
        try (KafkaConsumer<String, String> matches = matchReader(); TestEvents events = new TestEvents(bootstrapServers)) {
            events.send(Topics.PROBLEM_EVENTS, problem.toString(), TestEvents.problemEnvelope(problem, 1,
                    "problem.status-changed", "碳化硅功率模块银烧结封装" + marker,
                    "新能源汽车电机控制器需要碳化硅功率模块的低温银烧结封装工艺，提高模块的导热和可靠性。", "PUBLISHED").toString());
            String resultEvent = TestEvents.resultEnvelope(result, 1, "碳化硅功率模块低温银烧结封装技术" + marker,
                    "开发了纳米银膏低温烧结工艺，用于碳化硅功率模块芯片连接，导热率高，功率循环寿命提升3倍。",
                    "hydrogen-energy-storage", "PILOT", List.of("碳化硅", "银烧结", "功率模块")).toString();
            events.send(Topics.RESULT_EVENTS, result.toString(), resultEvent);
            events.send(Topics.RESULT_EVENTS, unrelated.toString(), TestEvents.resultEnvelope(unrelated, 1,
                    "维生素C二步发酵菌株选育" + marker, "古龙酸高产菌株的选育与二步发酵过程控制，发酵周期缩短20%。",
                    "new-medicine", "SCALE_UP", List.of("维生素C", "发酵")).toString());

            List<JsonNode> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                collect(matches, found);
                assertThat(found).anySatisfy(e -> {
                    assertThat(e.path("eventType").asText()).isEqualTo("match.found");
                    assertThat(e.path("payload").path("problemId").asText()).isEqualTo(problem.toString());
                    assertThat(e.path("payload").path("resultId").asText()).isEqualTo(result.toString());
                });
            });
            JsonNode announced = found.stream()
                    .filter(e -> e.path("payload").path("resultId").asText().equals(result.toString())
                            && e.path("payload").path("problemId").asText().equals(problem.toString()))
                    .findFirst().orElseThrow();
            assertThat(announced.path("payload").path("strength").asText()).isEqualTo("STRONG");
            assertThat(announced.path("payload").path("arrived").asText()).isEqualTo("RESULT");
            assertThat(announced.path("payload").path("matchedTerms").toString()).contains("碳化硅");

            await().atMost(Duration.ofSeconds(60)).until(() -> index.get(DocumentKind.RESULT, unrelated.toString()).isPresent());

            // the same event again: already indexed at this version, so nothing new is announced
            events.send(Topics.RESULT_EVENTS, result.toString(), resultEvent);
            awaitMarker(events, matches, found, marker);
            assertThat(announcementsOf(found, problem, result)).isEqualTo(1);
            // indexed before the later result, so its announcements, had there been any, came first: a weak hit is no news
            assertThat(found).noneSatisfy(e -> {
                assertThat(e.path("payload").path("resultId").asText()).isEqualTo(unrelated.toString());
                assertThat(e.path("payload").path("problemId").asText()).isEqualTo(problem.toString());
            });

            // a new version with the same text (a change of maturity) is no news; a reworded one is
            events.send(Topics.RESULT_EVENTS, result.toString(), TestEvents.resultEnvelope(result, 2,
                    "碳化硅功率模块低温银烧结封装技术" + marker,
                    "开发了纳米银膏低温烧结工艺，用于碳化硅功率模块芯片连接，导热率高，功率循环寿命提升3倍。",
                    "hydrogen-energy-storage", "SCALE_UP", List.of("碳化硅", "银烧结", "功率模块")).toString());
            awaitMarker(events, matches, found, marker);
            assertThat(announcementsOf(found, problem, result)).isEqualTo(1);
            events.send(Topics.RESULT_EVENTS, result.toString(), TestEvents.resultEnvelope(result, 3,
                    "碳化硅功率模块低温银烧结封装技术" + marker,
                    "纳米银膏低温烧结工艺已完成中试，用于碳化硅功率模块芯片连接，功率循环寿命提升3倍。",
                    "hydrogen-energy-storage", "SCALE_UP", List.of("碳化硅", "银烧结", "功率模块")).toString());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                collect(matches, found);
                assertThat(announcementsOf(found, problem, result)).isEqualTo(2);
            });
        }
    }

    /** Sends a strongly matching marker result and waits for its announcement: what came before it is in. */
    private static void awaitMarker(TestEvents events, KafkaConsumer<String, String> matches, List<JsonNode> found,
                                    String marker) throws Exception {
        UUID later = UUID.randomUUID();
        events.send(Topics.RESULT_EVENTS, later.toString(), TestEvents.resultEnvelope(later, 1,
                "碳化硅功率模块标记" + marker, "碳化硅功率模块银烧结封装的标记成果。", "new-materials", "LAB",
                List.of("碳化硅")).toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            collect(matches, found);
            assertThat(found).anySatisfy(e -> assertThat(e.path("payload").path("resultId").asText())
                    .isEqualTo(later.toString()));
        });
    }

    private static long announcementsOf(List<JsonNode> found, UUID problem, UUID result) {
        return found.stream()
                .filter(e -> e.path("payload").path("resultId").asText().equals(result.toString())
                        && e.path("payload").path("problemId").asText().equals(problem.toString()))
                .count();
    }

    private static void collect(KafkaConsumer<String, String> consumer, List<JsonNode> into) throws Exception {
        for (var record : consumer.poll(Duration.ofMillis(300))) {
            into.add(JSON.readTree(record.value()));
        }
    }

    private KafkaConsumer<String, String> matchReader() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "match-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.MATCH_EVENTS, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }
}

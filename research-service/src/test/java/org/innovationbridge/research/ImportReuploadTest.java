package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.research.messaging.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Uploading a compilation again updates what changed instead of duplicating it. */
@Tag("stack")
@QuarkusTest
class ImportReuploadTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void theSameFileChangesNothingAndACorrectedOneUpdatesCreatesAndKeepsOneResultPerKey() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RESULT_EVENTS)) {
            String institution = TestData.registerInstitution();
            JsonPath first = Imports.finished(Imports.start(institution, "reupload-first.xlsx"));
            assertThat(counts(first)).containsExactly(3, 0, 0, 1);
            assertThat(Imports.errorsCsv(first.getString("id")))
                    .contains("4,专利号,ZL202110654321.0,check digit of 'ZL202110654321.0' is '0' but should be '3'");

            JsonPath again = Imports.finished(Imports.start(institution, "reupload-first.xlsx"));
            assertThat(counts(again)).as("created, updated, unchanged, rejected").containsExactly(0, 0, 3, 1);

            JsonPath corrected = Imports.finished(Imports.start(institution, "reupload-corrected.xlsx"));
            assertThat(counts(corrected)).containsExactly(2, 1, 2, 0);
            assertThat(corrected.getInt("accepted")).isEqualTo(5);

            List<Map<String, Object>> results = Imports.resultsOf(institution);
            assertThat(results).extracting(r -> r.get("title")).containsExactlyInAnyOrder(
                    "石墨烯导热膜", "水下机器人", "燃料电池催化剂", "AI Vision 质检系统", "生物降解地膜");
            Map<String, Object> robot = Imports.resultTitled(institution, "水下机器人");
            assertThat(robot.get("summary")).isEqualTo("续航12小时，最大下潜300米。");
            assertThat(robot.get("version")).isEqualTo(1);
            // retyped with full-width letters and extra blanks: the same result, left as it was
            Map<String, Object> vision = Imports.resultTitled(institution, "AI Vision 质检系统");
            assertThat(vision.get("version")).isEqualTo(0);
            assertThat(Imports.resultTitled(institution, "燃料电池催化剂").get("patents"))
                    .isEqualTo(List.of("ZL202110654321.3"));

            String robotId = (String) robot.get("id");
            String filmId = (String) Imports.resultTitled(institution, "石墨烯导热膜").get("id");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(topic.eventsOf(robotId)).extracting(e -> e.path("eventType").asText())
                            .containsExactly("result.created", "result.updated"));
            assertThat(topic.eventsOf(robotId)).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L);
            assertThat(topic.eventsOf(robotId).get(1).path("payload").path("summary").asText())
                    .isEqualTo("续航12小时，最大下潜300米。");
            assertThat(topic.eventsOf(filmId)).as("unchanged rows write no event").hasSize(1);
        }
    }

    private static List<Integer> counts(JsonPath job) {
        assertThat(job.getString("status")).isEqualTo("DONE");
        return List.of(job.getInt("created"), job.getInt("updated"), job.getInt("unchanged"), job.getInt("rejected"));
    }
}

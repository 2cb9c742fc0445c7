package org.innovationbridge.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.research.messaging.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** A result's life through the real PostgreSQL, and each change arriving on the real Kafka topic in order. */
@Tag("stack")
@QuarkusTest
class ResultLifecycleTest {
    /** The payload names the matching-service reads; the contract is exactly these, no more and no fewer. */
    private static final List<String> PAYLOAD_NAMES = List.of("id", "institutionId", "institutionName", "district",
            "title", "summary", "industryChains", "technicalFields", "keywords", "cooperationModes", "maturity",
            "patents", "indicativePrice", "teamLead", "status", "updatedAt");

    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void eachChangeIsPublishedInOrderWithItsVersion() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RESULT_EVENTS)) {
            String institution = TestData.registerInstitution();
            Response created = asAdmin().contentType("application/json")
                    .body(TestData.result(institution, "镁基固态储氢材料",
                            "常温常压下可逆吸放氢的镁基固态储氢材料，储氢密度不低于5wt%，循环寿命3000次以上。"))
                    .when().post("/results")
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("ETag", equalTo("\"0\""))
                    .body("status", equalTo("DRAFT"))
                    .body("institutionName", equalTo(TestData.INSTITUTION_NAME))
                    .body("district", equalTo("zichuan"))
                    .body("keywords", hasItems("固态储氢", "镁基合金"))
                    .body("allowedTransitions", contains("PUBLISHED"))
                    .extract().response();
            String id = created.path("id");

            asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                    .when().put("/results/" + id + "/status")
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("status", equalTo("PUBLISHED"))
                    .body("allowedTransitions", contains("WITHDRAWN"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(2));
            List<TopicReader.Record> records = topic.recordsOf(id);
            assertThat(records).extracting(TopicReader.Record::key).containsOnly(id);
            List<JsonNode> events = records.stream().map(TopicReader.Record::envelope).toList();
            assertThat(events).extracting(e -> e.path("eventType").asText())
                    .containsExactly("result.created", "result.status-changed");
            assertThat(events).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L);
            JsonNode published = events.get(1);
            assertThat(published.path("schema").asText()).isEqualTo("ib.event.v1");
            assertThat(published.path("aggregateType").asText()).isEqualTo("result");
            JsonNode payload = published.path("payload");
            assertThat(payload.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(PAYLOAD_NAMES);
            assertThat(payload.path("id").asText()).isEqualTo(id);
            assertThat(payload.path("institutionId").asText()).isEqualTo(institution);
            assertThat(payload.path("institutionName").asText()).isEqualTo(TestData.INSTITUTION_NAME);
            assertThat(payload.path("district").asText()).isEqualTo("zichuan");
            assertThat(payload.path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(payload.path("maturity").asText()).isEqualTo("PILOT");
            assertThat(payload.path("indicativePrice").decimalValue()).isEqualByComparingTo("300");
            assertThat(payload.path("industryChains")).extracting(JsonNode::asText)
                    .containsExactly("hydrogen-energy-storage", "new-materials");
            assertThat(payload.path("patents")).extracting(JsonNode::asText)
                    .containsExactly("ZL202110123456.7", "CN112345678B");
            assertThat(payload.path("cooperationModes")).extracting(JsonNode::asText)
                    .containsExactly("LICENCE", "JOINT_DEVELOPMENT");
            assertThat(payload.toString()).doesNotContain("0533-22866000", "chen@example.edu.cn");
        }
    }

    @Test
    void anUpdateAndADeletionArePublishedTooTheDeletionOneVersionPastTheLast() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RESULT_EVENTS)) {
            String institution = TestData.registerInstitution();
            String id = asAdmin().contentType("application/json")
                    .body(TestData.result(institution, "伺服直驱数控螺旋压力机", "大扭矩伺服电机直接驱动螺杆。"))
                    .when().post("/results")
                    .then().statusCode(201)
                    .extract().path("id");
            Map<String, Object> edit = new HashMap<>(TestData.result(institution, "伺服直驱数控螺旋压力机（第二代）",
                    "大扭矩伺服电机直接驱动螺杆，打击能量数字化精确控制。"));
            edit.put("maturity", "SCALE_UP");
            asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(edit)
                    .when().put("/results/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("title", equalTo("伺服直驱数控螺旋压力机（第二代）"))
                    .body("maturity", equalTo("SCALE_UP"));
            asAdmin().header("If-Match", "\"1\"")
                    .when().delete("/results/" + id)
                    .then().statusCode(204);
            asAdmin().when().get("/results/" + id)
                    .then().statusCode(404)
                    .contentType("application/problem+json");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(3));
            List<JsonNode> events = topic.eventsOf(id);
            assertThat(events).extracting(e -> e.path("eventType").asText())
                    .containsExactly("result.created", "result.updated", "result.deleted");
            assertThat(events).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L, 2L);
            assertThat(events.get(1).path("payload").path("maturity").asText()).isEqualTo("SCALE_UP");
            JsonNode deleted = events.get(2).path("payload");
            assertThat(deleted.fieldNames()).toIterable().containsExactly("id");
            assertThat(deleted.path("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void aWithdrawnResultIsFinal() {
        String id = TestData.createDraft();
        int version = TestData.moveTo(id, 0, "PUBLISHED");
        version = TestData.moveTo(id, version, "WITHDRAWN");
        asAdmin().contentType("application/json").header("If-Match", "\"" + version + "\"").body(Map.of("status", "PUBLISHED"))
                .when().put("/results/" + id + "/status")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("cannot move from WITHDRAWN to PUBLISHED; allowed: []"));
        String institution = asAdmin().when().get("/results/" + id).then().statusCode(200)
                .body("allowedTransitions", empty())
                .extract().path("institutionId");
        asAdmin().contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(TestData.result(institution, "伺服直驱数控螺旋压力机", "再次编辑"))
                .when().put("/results/" + id)
                .then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aPublishedResultDoesNotGoBackToDraft() {
        String id = TestData.createDraft();
        int version = TestData.moveTo(id, 0, "PUBLISHED");
        asAdmin().contentType("application/json").header("If-Match", "\"" + version + "\"").body(Map.of("status", "DRAFT"))
                .when().put("/results/" + id + "/status")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("cannot move from PUBLISHED to DRAFT; allowed: [WITHDRAWN]"));
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        String id = TestData.createDraft();
        asAdmin().contentType("application/json").header("If-Match", "\"7\"").body(Map.of("status", "PUBLISHED"))
                .when().put("/results/" + id + "/status")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(0))
                .body("errors[0].field", equalTo("If-Match"))
                .body("detail", equalTo("version 7 is stale; the current version is 0"));
        asAdmin().contentType("application/json").body(Map.of("status", "PUBLISHED"))
                .when().put("/results/" + id + "/status")
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        asAdmin().header("If-Match", "\"abc\"")
                .when().delete("/results/" + id)
                .then().statusCode(412)
                .body("errors[0].field", equalTo("If-Match"));
        asAdmin().when().get("/results/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void badFieldsAreNamedWithTheirReason() {
        String institution = TestData.registerInstitution();
        Map<String, Object> body = new HashMap<>(TestData.result(institution, " ", "摘要"));
        body.put("keywords", List.of("储氢", ""));
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "keywords[1]"));

        body = new HashMap<>(TestData.result(institution, "标题", "摘要"));
        body.put("industryChains", List.of("new-materials", "steam-engines"));
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("industryChains[1]"))
                .body("errors[0].reason", equalTo("unknown industry-chain 'steam-engines'"));

        body = new HashMap<>(TestData.result(institution, "标题", "摘要"));
        body.put("patents", List.of("CN112345678A", "ZL202110123456.3"));
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("patents[1]"))
                .body("errors[0].reason", equalTo("check digit of 'ZL202110123456.3' is '3' but should be '7'"));

        body.put("patents", List.of("US10123456B2"));
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("patents[0]"))
                .body("errors[0].reason", startsWith("'US10123456B2' is neither an application number"));

        body = new HashMap<>(TestData.result(institution, "标题", "摘要"));
        body.put("maturity", "ALMOST");
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("maturity"))
                .body("errors[0].reason", equalTo("'ALMOST' is not one of [LAB, PILOT, SCALE_UP, INDUSTRIALISED]"));

        body = new HashMap<>(TestData.result(institution, "标题", "摘要"));
        body.put("cooperationModes", List.of("LICENCE", "GIFT"));
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("cooperationModes[1]"));

        body = new HashMap<>(TestData.result(institution, "标题", "摘要"));
        body.put("indicativePrice", -1);
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("indicativePrice"));

        body = new HashMap<>(TestData.result(institution, "标题", "摘要"));
        body.put("abstrac", "摘要");
        asAdmin().contentType("application/json").body(body)
                .when().post("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("abstrac"))
                .body("errors[0].reason", equalTo("unknown field"));

        asAdmin().contentType("application/json").body("{\"institutionId\": \"" + institution + "\", \"title\": ")
                .when().post("/results")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].reason", startsWith("the body is not valid JSON"));
    }

    @Test
    void aResultNeedsAnExistingInstitution() {
        asAdmin().contentType("application/json")
                .body(TestData.result("00000000-0000-0000-0000-000000000000", "镁基固态储氢材料", "摘要"))
                .when().post("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("institutionId"))
                .body("errors[0].reason", equalTo("no institution with this id"));
    }

    @Test
    void theListFiltersPagesAndSorts() {
        String institution = TestData.registerInstitution();
        String storage = asAdmin().contentType("application/json")
                .body(TestData.result(institution, "镁基固态储氢材料", "常温常压下可逆吸放氢。"))
                .when().post("/results").then().statusCode(201).extract().path("id");
        Map<String, Object> press = new HashMap<>(TestData.result(institution, "伺服直驱数控螺旋压力机", "取消飞轮与离合器。"));
        press.put("industryChains", List.of("intelligent-equipment"));
        press.put("technicalFields", List.of("advanced-manufacturing"));
        String pressId = asAdmin().contentType("application/json").body(press)
                .when().post("/results").then().statusCode(201).extract().path("id");
        TestData.moveTo(pressId, 0, "PUBLISHED");

        asAdmin().queryParam("institutionId", institution).queryParam("sort", "title")
                .when().get("/results")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", contains("伺服直驱数控螺旋压力机", "镁基固态储氢材料"));
        asAdmin().queryParam("institutionId", institution).queryParam("chain", "hydrogen-energy-storage")
                .when().get("/results")
                .then().statusCode(200)
                .body("items.id", contains(storage));
        asAdmin().queryParam("institutionId", institution).queryParam("field", "advanced-manufacturing")
                .queryParam("status", "PUBLISHED")
                .when().get("/results")
                .then().statusCode(200)
                .body("items.id", contains(pressId));
        asAdmin().queryParam("institutionId", institution).queryParam("q", "吸放氢")
                .when().get("/results")
                .then().statusCode(200)
                .body("items.id", contains(storage));
        asAdmin().queryParam("institutionId", institution).queryParam("size", 1).queryParam("page", 1)
                .queryParam("sort", "-createdAt")
                .when().get("/results")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(storage));
        asAdmin().queryParam("sort", "price")
                .when().get("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        asAdmin().queryParam("status", "ARCHIVED")
                .when().get("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].reason", equalTo("'ARCHIVED' is not one of [DRAFT, PUBLISHED, WITHDRAWN]"));
    }
}

package org.innovationbridge.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.enterprise.messaging.Topics;
import org.innovationbridge.kit.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.enterprise.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Update, delete, list with filters, pagination and sorting, and the field checks of a problem. */
@Tag("stack")
@QuarkusTest
class ProblemCrudTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void anUpdateReplacesTheFieldsAndADeletionIsPublishedWithTheNextVersion() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.PROBLEM_EVENTS)) {
            String enterprise = TestData.registerEnterprise();
            String id = create(TestData.problem(enterprise, "初稿标题", "初稿描述"));
            Map<String, Object> changed = new HashMap<>(TestData.problem(enterprise, "高熵合金涂层的耐磨性能提升",
                    "需要提升高熵合金涂层在高温下的耐磨性能"));
            changed.put("expectedMaturity", "SCALE_UP");
            changed.put("deadline", "2027-12-31");
            asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(changed)
                    .when().put("/problems/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("title", equalTo("高熵合金涂层的耐磨性能提升"))
                    .body("expectedMaturity", equalTo("SCALE_UP"))
                    .body("deadline", equalTo("2027-12-31"));

            asAdmin().header("If-Match", "\"0\"").when().delete("/problems/" + id).then().statusCode(412);
            asAdmin().header("If-Match", "\"1\"").when().delete("/problems/" + id).then().statusCode(204);
            asAdmin().when().get("/problems/" + id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("problem " + id + " does not exist"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(3));
            List<JsonNode> events = topic.eventsOf(id);
            assertThat(events).extracting(e -> e.path("eventType").asText())
                    .containsExactly("problem.created", "problem.updated", "problem.deleted");
            assertThat(events).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L, 2L);
            assertThat(events.get(1).path("payload").path("title").asText()).isEqualTo("高熵合金涂层的耐磨性能提升");
        }
    }

    @Test
    void manyQuickChangesArriveInVersionOrder() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.PROBLEM_EVENTS)) {
            String enterprise = TestData.registerEnterprise();
            String id = create(TestData.problem(enterprise, "版本0", "描述"));
            for (int version = 0; version < 20; version++) {
                asAdmin().contentType("application/json").header("If-Match", "\"" + version + "\"")
                        .body(TestData.problem(enterprise, "版本" + (version + 1), "描述"))
                        .when().put("/problems/" + id)
                        .then().statusCode(200);
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(21));
            assertThat(topic.eventsOf(id)).extracting(e -> e.path("aggregateVersion").asLong())
                    .isSorted().doesNotHaveDuplicates();
            assertThat(topic.eventsOf(id).get(20).path("payload").path("title").asText()).isEqualTo("版本20");
        }
    }

    @Test
    void theListFiltersPagesAndSorts() {
        String enterprise = TestData.registerEnterprise();
        Map<String, Object> medicine = new HashMap<>(TestData.problem(enterprise, "乙题：维生素C发酵", "二步发酵法收率提升"));
        medicine.put("industryChain", "new-medicine");
        create(medicine);
        create(TestData.problem(enterprise, "甲题：镁基储氢", "镁基固态储氢材料"));
        create(TestData.problem(enterprise, "丙题：储氢瓶", "储氢瓶碳纤维缠绕"));

        asAdmin().queryParam("enterpriseId", enterprise).queryParam("chain", "hydrogen-energy-storage")
                .queryParam("sort", "title")
                .when().get("/problems")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", contains("丙题：储氢瓶", "甲题：镁基储氢"));
        asAdmin().queryParam("enterpriseId", enterprise).queryParam("q", "发酵")
                .when().get("/problems")
                .then().statusCode(200)
                .body("items.title", contains("乙题：维生素C发酵"));
        asAdmin().queryParam("enterpriseId", enterprise).queryParam("sort", "-title").queryParam("size", 2)
                .queryParam("page", 1)
                .when().get("/problems")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("丙题：储氢瓶"));
        asAdmin().queryParam("enterpriseId", enterprise).queryParam("field", "biomedicine")
                .when().get("/problems")
                .then().statusCode(200)
                .body("total", equalTo(0));
        asAdmin().queryParam("enterpriseId", enterprise).queryParam("field", "new-materials-tech")
                .queryParam("district", "linzi")
                .when().get("/problems")
                .then().statusCode(200)
                .body("total", equalTo(3));
        asAdmin().queryParam("enterpriseId", enterprise).queryParam("status", "PUBLISHED")
                .when().get("/problems")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aConfidentialProblemIsListedWithoutItsEnterprise() {
        String enterprise = TestData.registerEnterprise();
        Map<String, Object> secret = new HashMap<>(TestData.problem(enterprise, "保密需求", "不公开企业名称的需求"));
        secret.put("visibility", "CONFIDENTIAL");
        String id = create(secret);
        // a draft is its enterprise's own; listed, it is everyone's
        asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                .when().put("/problems/" + id + "/status").then().statusCode(200);
        given().queryParam("q", "不公开企业名称").queryParam("size", 100)
                .when().get("/problems")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.enterpriseName", nullValue())
                .body("items.find { it.id == '" + id + "' }.enterpriseId", nullValue())
                .body("items.find { it.id == '" + id + "' }.visibility", equalTo("CONFIDENTIAL"));
    }

    @Test
    void eachBadFieldGetsItsOwnReason() {
        String enterprise = TestData.registerEnterprise();
        Map<String, Object> oversize = new HashMap<>(TestData.problem(enterprise, "标题", "长".repeat(10_001)));
        expectFieldError(oversize, "description", "size must be between 0 and 10000");

        Map<String, Object> budget = new HashMap<>(TestData.problem(enterprise, "标题", "描述"));
        budget.put("budgetMin", 300);
        budget.put("budgetMax", 100);
        expectFieldError(budget, "budgetMax", "must not be below budgetMin");

        Map<String, Object> negative = new HashMap<>(TestData.problem(enterprise, "标题", "描述"));
        negative.put("budgetMin", -1);
        expectFieldError(negative, "budgetMin", "must be greater than or equal to 0");

        Map<String, Object> unknownEnterprise = new HashMap<>(TestData.problem(UUID.randomUUID().toString(), "标题", "描述"));
        expectFieldError(unknownEnterprise, "enterpriseId", "no enterprise with this id");

        Map<String, Object> badDate = new HashMap<>(TestData.problem(enterprise, "标题", "描述"));
        badDate.put("deadline", "明年");
        expectFieldError(badDate, "deadline", "'明年' is not a valid LocalDate");

        Map<String, Object> unknownField = new HashMap<>(TestData.problem(enterprise, "标题", "描述"));
        unknownField.put("unknownField", 1);
        expectFieldError(unknownField, "unknownField", "unknown field");

        asAdmin().queryParam("size", 1000).when().get("/problems")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAdmin().queryParam("sort", "password").when().get("/problems")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        asAdmin().queryParam("status", "LOST").when().get("/problems")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].reason", equalTo("'LOST' is not one of [DRAFT, PUBLISHED, IN_TALKS, SOLVED, WITHDRAWN]"));
    }

    private static void expectFieldError(Map<String, Object> body, String field, String reason) {
        asAdmin().contentType("application/json").body(body)
                .when().post("/problems")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].reason", equalTo(reason));
    }

    private static String create(Map<String, Object> body) {
        return asAdmin().contentType("application/json").body(body)
                .when().post("/problems")
                .then().statusCode(201)
                .extract().path("id");
    }
}

package org.innovationbridge.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.enterprise.messaging.Topics;
import org.innovationbridge.kit.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.enterprise.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** A problem's life through the real PostgreSQL, and each change arriving on the real Kafka topic in order. */
@Tag("stack")
@QuarkusTest
class ProblemLifecycleTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void eachChangeIsPublishedInOrderWithItsVersion() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.PROBLEM_EVENTS)) {
            String enterprise = TestData.registerEnterprise();
            Response created = asAdmin().contentType("application/json")
                    .body(TestData.problem(enterprise, "固态储氢材料的低成本规模化制备",
                            "需要常温常压下可逆吸放氢的镁基固态储氢材料，储氢密度不低于1.8wt%。"))
                    .when().post("/problems")
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("ETag", equalTo("\"0\""))
                    .body("status", equalTo("DRAFT"))
                    .body("enterpriseName", equalTo("淄博固态氢能科技有限公司"))
                    .body("keywords", hasItems("固态储氢", "镁基合金"))
                    .body("allowedTransitions", hasItems("PUBLISHED", "WITHDRAWN"))
                    .extract().response();
            String id = created.path("id");

            asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                    .when().put("/problems/" + id + "/status")
                    .then().statusCode(200)
                    .header("ETag", equalTo("\"1\""))
                    .body("status", equalTo("PUBLISHED"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(2));
            List<JsonNode> events = topic.eventsOf(id);
            assertThat(events).extracting(e -> e.path("eventType").asText())
                    .containsExactly("problem.created", "problem.status-changed");
            assertThat(events).extracting(e -> e.path("aggregateVersion").asLong()).containsExactly(0L, 1L);
            JsonNode published = events.get(1);
            assertThat(published.path("schema").asText()).isEqualTo("ib.event.v1");
            assertThat(published.path("aggregateType").asText()).isEqualTo("problem");
            assertThat(published.path("payload").path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(published.path("payload").path("enterpriseName").asText()).isEqualTo("淄博固态氢能科技有限公司");
            assertThat(published.path("payload").has("contactPhone")).isFalse();
        }
    }

    @Test
    void anInvalidTransitionIsRefusedWithTheAllowedOnes() {
        String id = createDraft();
        asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(Map.of("status", "SOLVED"))
                .when().put("/problems/" + id + "/status")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("detail", equalTo("cannot move from DRAFT to SOLVED; allowed: [PUBLISHED, WITHDRAWN]"));
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        String id = createDraft();
        asAdmin().contentType("application/json").header("If-Match", "\"7\"").body(Map.of("status", "PUBLISHED"))
                .when().put("/problems/" + id + "/status")
                .then().statusCode(412)
                .body("currentVersion", equalTo(0));
        asAdmin().contentType("application/json").body(Map.of("status", "PUBLISHED"))
                .when().put("/problems/" + id + "/status")
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void badFieldsAreNamedWithTheirReason() {
        String enterprise = TestData.registerEnterprise();
        Map<String, Object> body = new HashMap<>(TestData.problem(enterprise, " ", "描述"));
        body.put("keywords", List.of("储氢", ""));
        asAdmin().contentType("application/json").body(body)
                .when().post("/problems")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("title", "keywords[1]"));

        body = new HashMap<>(TestData.problem(enterprise, "标题", "描述"));
        body.put("industryChain", "steam-engines");
        asAdmin().contentType("application/json").body(body)
                .when().post("/problems")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("industryChain"))
                .body("errors[0].reason", equalTo("unknown industry-chain 'steam-engines'"));

        body = new HashMap<>(TestData.problem(enterprise, "标题", "描述"));
        body.put("expectedMaturity", "ALMOST");
        asAdmin().contentType("application/json").body(body)
                .when().post("/problems")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("expectedMaturity"))
                .body("errors[0].reason", startsWith("'ALMOST' is not one of"));

        asAdmin().contentType("application/json").body("{\"title\": ")
                .when().post("/problems")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].reason", startsWith("the body is not valid JSON"));
    }

    @Test
    void aWrongCreditCodeCheckCharacterIsRefused() {
        String valid = TestData.newCreditCode();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        asAdmin().contentType("application/json").body(TestData.enterprise(valid.substring(0, 17) + wrong))
                .when().post("/enterprises")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].reason", startsWith("check character is '" + wrong + "' but should be '" + valid.charAt(17)));
    }

    private String createDraft() {
        String enterprise = TestData.registerEnterprise();
        return asAdmin().contentType("application/json").body(TestData.problem(enterprise, "伺服直驱数控螺旋压力机", "替代摩擦压力机"))
                .when().post("/problems")
                .then().statusCode(201)
                .extract().path("id");
    }
}

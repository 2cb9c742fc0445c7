package org.innovationbridge.matching;

import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Both match directions through the real Kafka and Elasticsearch, each hit explained part by part. */
@Tag("stack")
@QuarkusTest
class MatchExplanationTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    @Test
    void aProblemFindsTheResultThatSolvesItFirstAndTheResultFindsTheProblem() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID problem = UUID.randomUUID();
        UUID solving = UUID.randomUUID();
        UUID unrelated = UUID.randomUUID();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send(Topics.PROBLEM_EVENTS, problem.toString(), TestEvents.problemEnvelope(problem, 1,
                    "problem.status-changed", "镁基固态储氢材料的规模化制备" + marker,
                    "需要常温下可逆吸放氢的镁基固态储氢合金，储氢密度不低于1.8wt%，循环寿命3000次以上。", "PUBLISHED").toString());
            events.send(Topics.RESULT_EVENTS, solving.toString(), TestEvents.resultEnvelope(solving, 1,
                    "高容量镁基固态储氢合金" + marker, "添加稀土催化剂的镁基储氢合金，室温附近可逆吸放氢，储氢密度2.1wt%，循环3000次。",
                    "hydrogen-energy-storage", "PILOT", List.of("固态储氢", "镁基合金")).toString());
            events.send(Topics.RESULT_EVENTS, unrelated.toString(), TestEvents.resultEnvelope(unrelated, 1,
                    "维生素C发酵菌株选育" + marker, "古龙酸高产菌株与二步发酵过程控制。",
                    "new-medicine", "SCALE_UP", List.of("维生素C")).toString());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> index.get(DocumentKind.RESULT, unrelated.toString()).isPresent()
                && index.get(DocumentKind.RESULT, solving.toString()).isPresent()
                && index.get(DocumentKind.PROBLEM, problem.toString()).isPresent());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath page = given().queryParam("size", 20)
                    .when().get("/matches/problems/" + problem + "/results")
                    .then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("hits.id");
            assertThat(ids).contains(solving.toString());
            if (ids.contains(unrelated.toString())) {
                assertThat(ids.indexOf(solving.toString())).isLessThan(ids.indexOf(unrelated.toString()));
            }
            Map<String, Object> why = page.getMap("hits.find { it.id == '" + solving + "' }.why");
            // the weightiest meaningful words: no particles, no filler, no character cut from a word
            assertThat((List<String>) why.get("matchedTerms")).contains("储氢", "合金").hasSizeLessThanOrEqualTo(5)
                    .doesNotContain("的", "以上", "镁", "基", "下")
                    .allSatisfy(term -> assertThat(term.codePointCount(0, term.length())).isGreaterThan(1));
            // a word's weight depends on how rare it is among the query's candidates, which other tests' documents join
            assertThat(((Number) why.get("termCoverage")).doubleValue()).isBetween(0.2, 1.0);
            assertThat(((Number) why.get("similarity")).doubleValue()).isBetween(0.5, 1.0);
            assertThat(why.get("strength")).isEqualTo("STRONG");
            if (ids.contains(unrelated.toString())) {
                assertThat(page.getString("hits.find { it.id == '" + unrelated + "' }.why.strength"))
                        .as("vitamin C fermentation for hydrogen storage").isNotEqualTo("STRONG");
            }
            assertThat((List<String>) ((Map<String, Object>) why.get("structure")).get("agreed"))
                    .contains("industryChain:hydrogen-energy-storage", "technicalField:new-materials-tech");
            double parts = contribution(why, "segmented") + contribution(why, "grams") + contribution(why, "semantic")
                    + contribution(why, "structure");
            assertThat(page.getDouble("hits.find { it.id == '" + solving + "' }.score")).isCloseTo(parts, within(1e-6));
        });

        List<String> scaleUp = given().queryParam("size", 20).queryParam("maturity", "SCALE_UP")
                .when().get("/matches/problems/" + problem + "/results")
                .then().statusCode(200).extract().jsonPath().getList("hits.maturity");
        assertThat(scaleUp).containsOnly("SCALE_UP");
        given().queryParam("maturity", "SOON").when().get("/matches/problems/" + problem + "/results")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("maturity"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> ids = given().queryParam("size", 20)
                    .when().get("/matches/results/" + solving + "/problems")
                    .then().statusCode(200).extract().jsonPath().getList("hits.id");
            assertThat(ids).contains(problem.toString());
        });
    }

    @Test
    void anUnknownProblemIsNotFoundAndBadPagingIsRefused() {
        given().when().get("/matches/problems/" + UUID.randomUUID() + "/results")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 0).when().get("/matches/problems/" + UUID.randomUUID() + "/results")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDraftProblemIsMatchedOnlyForItsEnterpriseAndAdmins() throws Exception {
        UUID draft = UUID.randomUUID();
        ObjectNode envelope = TestEvents.problemEnvelope(draft, 1, "problem.created",
                "未发布的储氢需求" + draft.toString().substring(0, 8), "草稿：镁基固态储氢合金的小试验证。", "DRAFT");
        UUID enterprise = UUID.fromString(envelope.path("payload").path("enterpriseId").asText());
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send(Topics.PROBLEM_EVENTS, draft.toString(), envelope.toString());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> index.get(DocumentKind.PROBLEM, draft.toString()).isPresent());
        String path = "/matches/problems/" + draft + "/results";
        given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.enterprise(UUID.randomUUID())).when().get(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.organiser(UUID.randomUUID())).when().get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.enterprise(enterprise)).when().get(path).then().statusCode(200)
                .body("hits", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(Tokens.admin()).when().get(path).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static double contribution(Map<String, Object> why, String part) {
        return ((Number) ((Map<String, Object>) why.get(part)).get("contribution")).doubleValue();
    }
}

package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
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
import static org.awaitility.Awaitility.await;

/** Common needs of several enterprises in one chain, and supply against demand, over the real indexes. */
@Tag("stack")
@QuarkusTest
class InsightsTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    @Test
    void threeEnterprisesAskingForHydrogenStorageFormOneCommonNeed() throws Exception {
        String chain = "insight-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> hydrogen = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID marine = UUID.randomUUID();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            String[] texts = {
                    "分布式储能站需要常温下可逆吸放氢的固态储氢材料，储氢密度不低于1.8wt%。",
                    "燃料电池叉车需要体积小、安全的固态储氢材料储氢罐，循环寿命3000次以上。",
                    "氢能公交加氢站希望采用固态储氢材料替代高压气瓶储存氢气，降低成本。"};
            for (int i = 0; i < hydrogen.size(); i++) {
                events.send(Topics.PROBLEM_EVENTS, hydrogen.get(i).toString(), inChain(TestEvents.problemEnvelope(
                        hydrogen.get(i), 1, "problem.status-changed", "固态储氢材料的应用需求" + i, texts[i], "PUBLISHED"), chain));
            }
            events.send(Topics.PROBLEM_EVENTS, marine.toString(), inChain(TestEvents.problemEnvelope(marine, 1,
                    "problem.status-changed", "深海养殖网箱的抗台风结构", "近海深水网箱在台风期间易损坏，需要抗风浪的柔性锚泊结构设计。",
                    "PUBLISHED"), chain));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> index.get(DocumentKind.PROBLEM, marine.toString()).isPresent()
                && hydrogen.stream().allMatch(id -> index.get(DocumentKind.PROBLEM, id.toString()).isPresent()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath report = given().auth().oauth2(Tokens.organiser(UUID.randomUUID())).queryParam("chain", chain).queryParam("threshold", 0.75)
                    .when().get("/insights/common-needs")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(report.getInt("problemsRead")).isEqualTo(4);
            assertThat(report.getList("needs")).hasSize(1);
            assertThat(report.getList("needs[0].problemIds", String.class))
                    .containsExactlyInAnyOrderElementsOf(hydrogen.stream().map(UUID::toString).toList());
            assertThat(report.getList("needs[0].representativeTerms", String.class)).contains("固态", "材料");
        });

        JsonPath balance = given().auth().oauth2(Tokens.admin())
                .when().get("/insights/supply-demand")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> ours = balance.getMap("find { it.chain == '" + chain + "' }");
        assertThat(ours.get("problems")).isEqualTo(4);
        assertThat(ours.get("results")).isEqualTo(0);
        assertThat(balance.getList("find { it.chain == '" + chain + "' }.unmatchedProblems.id", String.class))
                .contains(marine.toString());
        // no result anywhere matches the net cages strongly: that is the gap the report is for
        assertThat(balance.getString("find { it.chain == '" + chain + "' }.unmatchedProblems.find { it.id == '"
                + marine + "' }.bestStrength")).isIn(null, "MEDIUM", "WEAK");
    }

    @Test
    void onlyOrganisersAndAdminsReadTheReports() {
        given().when().get("/insights/supply-demand").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.enterprise(UUID.randomUUID())).when().get("/insights/supply-demand")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.institution(UUID.randomUUID())).queryParam("chain", "new-materials")
                .when().get("/insights/common-needs").then().statusCode(403);
    }

    @Test
    void aMissingChainOrAWildThresholdIsRefused() {
        given().auth().oauth2(Tokens.admin()).when().get("/insights/common-needs")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("chain"));
        given().auth().oauth2(Tokens.admin()).queryParam("chain", "new-materials").queryParam("threshold", 7)
                .when().get("/insights/common-needs")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("threshold"));
    }

    private static String inChain(ObjectNode envelope, String chain) {
        ((ObjectNode) envelope.get("payload")).put("industryChain", chain);
        return envelope.toString();
    }
}

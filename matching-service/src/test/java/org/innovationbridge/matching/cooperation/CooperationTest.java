package org.innovationbridge.matching.cooperation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.matching.cooperation.domain.Cooperation;
import org.innovationbridge.matching.cooperation.domain.CooperationOrigin;
import org.innovationbridge.matching.cooperation.domain.CooperationStage;
import org.innovationbridge.matching.cooperation.domain.Party;
import org.innovationbridge.matching.cooperation.repository.CooperationRepository;
import org.innovationbridge.matching.cooperation.service.CooperationService;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.messaging.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Cooperations against the real PostgreSQL and Kafka: opening, the stage rules, who sees what, the outbox. */
@Tag("stack")
@QuarkusTest
class CooperationTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    CooperationService service;
    @Inject
    CooperationRepository repository;

    private final UUID enterprise = UUID.randomUUID();
    private final UUID institution = UUID.randomUUID();
    private final String enterpriseToken = Tokens.enterprise(enterprise);
    private final String institutionToken = Tokens.institution(institution);

    private Cooperation open(UUID originId) {
        Caller by = new Caller(UUID.randomUUID().toString(), Caller.ENTERPRISE, Optional.of(enterprise));
        return QuarkusTransaction.requiringNew().call(() -> service.open(CooperationOrigin.CONNECTION, originId,
                new Party(OrganisationType.ENTERPRISE, enterprise, "淄博某陶瓷企业"),
                new Party(OrganisationType.INSTITUTION, institution, "山东理工大学"),
                "氟硅材料联合研发", CooperationStage.INITIAL_CONTACT, by));
    }

    private Response move(String token, UUID id, long version, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).when().post("/cooperations/" + id + "/stages");
    }

    @Test
    void openIsIdempotentPerOriginAndRecordsItsEvent() throws Exception {
        UUID originId = UUID.randomUUID();
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.COOPERATION_EVENTS)) {
            Cooperation first = open(originId);
            Cooperation again = open(originId);
            assertThat(again.id).isEqualTo(first.id);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var events = reader.eventsOf(first.id.toString());
                assertThat(events).hasSize(1);
                assertThat(events.get(0).path("eventType").asText()).isEqualTo(CooperationService.OPENED);
                assertThat(events.get(0).path("payload").path("stage").asText()).isEqualTo("INITIAL_CONTACT");
            });
            given().auth().oauth2(enterpriseToken).when().get("/cooperations/" + first.id)
                    .then().statusCode(200).body("stage", equalTo("INITIAL_CONTACT"))
                    .body("stageLabel", equalTo("初步接触")).body("history.size()", equalTo(1))
                    .body("parties[1].name", equalTo("山东理工大学")).body("followUps", nullValue());

            move(institutionToken, first.id, first.version, Map.of("stage", "NEGOTIATING", "note", "第一次洽谈"))
                    .then().statusCode(200);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var events = reader.eventsOf(first.id.toString());
                assertThat(events).hasSize(2);
                assertThat(events.get(1).path("eventType").asText()).isEqualTo(CooperationService.STAGE_CHANGED);
                assertThat(events.get(1).path("aggregateVersion").asLong()).isGreaterThan(
                        events.get(0).path("aggregateVersion").asLong());
            });
        }
    }

    @Test
    void stagesMoveForwardOnlyWithWhatEachStageNeeds() {
        Cooperation c = open(UUID.randomUUID());
        long v = c.version;
        given().auth().oauth2(enterpriseToken).contentType(ContentType.JSON).body(Map.of("stage", "NEGOTIATING"))
                .when().post("/cooperations/" + c.id + "/stages").then().statusCode(428);
        given().auth().oauth2(enterpriseToken).contentType(ContentType.JSON).header("If-Match", "abc")
                .body(Map.of("stage", "NEGOTIATING")).when().post("/cooperations/" + c.id + "/stages")
                .then().statusCode(412);
        move(enterpriseToken, c.id, v + 5, Map.of("stage", "NEGOTIATING")).then().statusCode(412);

        move(enterpriseToken, c.id, v, Map.of("stage", "CONTRACT_SIGNED", "cooperationMode", "LICENCE"))
                .then().statusCode(400).body("errors[0].field", equalTo("contractAmount"));
        move(enterpriseToken, c.id, v, Map.of("stage", "CONTRACT_SIGNED", "contractAmount", 120.5))
                .then().statusCode(400).body("errors[0].field", equalTo("cooperationMode"));
        move(enterpriseToken, c.id, v, Map.of("stage", "CONTRACT_SIGNED", "contractAmount", 0,
                "cooperationMode", "LICENCE")).then().statusCode(400).body("errors[0].field", equalTo("contractAmount"));
        move(enterpriseToken, c.id, v, Map.of("stage", "CONTRACT_SIGNED", "contractAmount", 1.234,
                "cooperationMode", "LICENCE")).then().statusCode(400).body("errors[0].field", equalTo("contractAmount"));
        move(enterpriseToken, c.id, v, Map.of("stage", "CONTRACT_SIGNED", "contractAmount", 10,
                "cooperationMode", "BARTER")).then().statusCode(400).body("errors[0].field", equalTo("cooperationMode"));
        move(enterpriseToken, c.id, v, Map.of("stage", "SOMEWHERE")).then().statusCode(400);

        // skipping ahead is allowed
        Response signed = move(enterpriseToken, c.id, v, Map.of("stage", "CONTRACT_SIGNED", "contractAmount", 120.50,
                "cooperationMode", "LICENCE", "note", "签约"));
        signed.then().statusCode(200).body("stage", equalTo("CONTRACT_SIGNED")).body("stageLabel", equalTo("签订合同"))
                .body("history[1].contractAmount", equalTo(120.5f)).body("history[1].cooperationMode", equalTo("LICENCE"))
                .body("history[1].by.role", equalTo("enterprise"))
                .body("history[1].by.organisation", equalTo("淄博某陶瓷企业"));
        assertThat(signed.asString()).doesNotContain(enterpriseToken.substring(0, 10));
        long signedVersion = signed.jsonPath().getLong("version");
        assertThat(signed.header("ETag")).contains(Long.toString(signedVersion));

        move(institutionToken, c.id, signedVersion, Map.of("stage", "NEGOTIATING"))
                .then().statusCode(409).body("errors[0].field", equalTo("stage"));
        move(institutionToken, c.id, signedVersion, Map.of("stage", "TERMINATED"))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        long terminated = move(institutionToken, c.id, signedVersion, Map.of("stage", "TERMINATED", "reason", "资金未到位"))
                .then().statusCode(200).body("stage", equalTo("TERMINATED")).body("stageLabel", equalTo("终止"))
                .extract().jsonPath().getLong("version");
        move(enterpriseToken, c.id, terminated, Map.of("stage", "IMPLEMENTING"))
                .then().statusCode(409).body("errors[0].field", equalTo("stage"));
    }

    @Test
    void industrialisedIsFinal() {
        Cooperation c = open(UUID.randomUUID());
        long v = move(enterpriseToken, c.id, c.version, Map.of("stage", "INDUSTRIALISED"))
                .then().statusCode(200).extract().jsonPath().getLong("version");
        move(enterpriseToken, c.id, v, Map.of("stage", "TERMINATED", "reason", "太晚"))
                .then().statusCode(409).body("errors[0].field", equalTo("stage"));
    }

    @Test
    void onlyThePartiesAndTheBureauSeeACooperation() {
        Cooperation c = open(UUID.randomUUID());
        String stranger = Tokens.enterprise(UUID.randomUUID());
        given().auth().oauth2(stranger).when().get("/cooperations/" + c.id).then().statusCode(404)
                .body("detail", not(containsString(enterprise.toString())));
        move(stranger, c.id, c.version, Map.of("stage", "NEGOTIATING")).then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/cooperations").then().statusCode(200)
                .body("items.id", not(hasItem(c.id.toString())));
        given().auth().oauth2(institutionToken).when().get("/cooperations").then().statusCode(200)
                .body("items.id", hasItem(c.id.toString()));
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("key", true))
                .when().put("/cooperations/" + c.id + "/key-project").then().statusCode(404);
        given().auth().oauth2(enterpriseToken).contentType(ContentType.JSON).body(Map.of("key", true))
                .when().put("/cooperations/" + c.id + "/key-project").then().statusCode(403);
        given().auth().oauth2(enterpriseToken).contentType(ContentType.JSON).body(Map.of("note", "跟进"))
                .when().post("/cooperations/" + c.id + "/follow-ups").then().statusCode(403);
    }

    @Test
    void theBureauMarksKeyProjectsFollowsThemUpAndFiltersStaleOnes() {
        Cooperation c = open(UUID.randomUUID());
        Cooperation old = open(UUID.randomUUID());
        // as if nobody had touched it for 40 days
        QuarkusTransaction.requiringNew().run(() -> repository.findById(old.id).lastUpdateAt =
                OffsetDateTime.now().minusDays(40));
        String organiser = Tokens.organiser(UUID.randomUUID());

        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of())
                .when().put("/cooperations/" + c.id + "/key-project").then().statusCode(400)
                .body("errors[0].field", equalTo("key"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("key", true))
                .when().put("/cooperations/" + c.id + "/key-project").then().statusCode(200)
                .body("keyProject", equalTo(true));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("note", " "))
                .when().post("/cooperations/" + c.id + "/follow-ups").then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("note", "已约谈双方"))
                .when().post("/cooperations/" + c.id + "/follow-ups").then().statusCode(201)
                .body("followUps[0].note", equalTo("已约谈双方"));
        given().auth().oauth2(enterpriseToken).when().get("/cooperations/" + c.id).then().statusCode(200)
                .body("followUps", nullValue()).body("keyProject", equalTo(true));

        List<String> keys = given().auth().oauth2(organiser).when().get("/cooperations?keyProject=true")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(keys).contains(c.id.toString()).doesNotContain(old.id.toString());
        List<String> stale = given().auth().oauth2(organiser).when().get("/cooperations?stale=true")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(stale).contains(old.id.toString()).doesNotContain(c.id.toString());
        List<String> staleDays = given().auth().oauth2(organiser).when().get("/cooperations?staleDays=50")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(staleDays).doesNotContain(old.id.toString());
        List<String> initial = given().auth().oauth2(organiser).when().get("/cooperations?stage=INITIAL_CONTACT")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(initial).contains(c.id.toString(), old.id.toString());
        given().auth().oauth2(organiser).when().get("/cooperations?stage=NOPE").then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        given().auth().oauth2(organiser).when().get("/cooperations?staleDays=0").then().statusCode(400);
    }
}

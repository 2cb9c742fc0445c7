package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.matching.cooperation.repository.ConnectionRepository;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Connection requests over the real index, database and Kafka: asked from one's own listed item to another
 * organisation's listed item, answered by it; acceptance grants contact details through ib.contact.events.
 */
@Tag("stack")
@QuarkusTest
class ConnectionTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;
    @Inject
    ConnectionRepository connections;

    private record Market(UUID enterprise, UUID problem, UUID institution, UUID result, UUID otherResult) {
    }

    private Market market() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventFixture fixture = EventFixture.publish(bootstrapServers, index, List.of("对接企业" + tag),
                List.of("hydrogen"), List.of("对接大学" + tag), List.of(List.of("hydrogen", "press")));
        EventFixture.Owner enterprise = fixture.enterprises.get(0);
        EventFixture.Owner institution = fixture.institutions.get(0);
        return new Market(enterprise.id(), enterprise.items().get(0), institution.id(), institution.items().get(0),
                institution.items().get(1));
    }

    private static Map<String, Object> body(String fromKind, UUID from, String toKind, UUID to, String message) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromItem", Map.of("kind", fromKind, "id", from.toString()));
        body.put("toItem", Map.of("kind", toKind, "id", to.toString()));
        body.put("message", message);
        body.put("cooperationModes", List.of("JOINT_DEVELOPMENT"));
        return body;
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).when().post(path).then();
    }

    @Test
    void anAcceptedRequestGrantsContactsThroughKafkaAndOpensAThread() throws Exception {
        Market m = market();
        String enterprise = Tokens.enterprise(m.enterprise());
        String institution = Tokens.institution(m.institution());
        String stranger = Tokens.institution(UUID.randomUUID());
        String id = post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(),
                "希望合作开发镁基储氢材料。"))
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("requester.id", equalTo(m.enterprise().toString()))
                .body("receiver.id", equalTo(m.institution().toString()))
                .body("toItem.title", equalTo("高容量镁基固态储氢合金"))
                .body("explanation.matchedTerms", hasItem("储氢"))
                .body("cooperationModes", equalTo(List.of("JOINT_DEVELOPMENT")))
                .extract().path("id");

        given().auth().oauth2(institution).queryParam("box", "incoming").when().get("/connections")
                .then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.message", equalTo("希望合作开发镁基储氢材料。"));
        given().auth().oauth2(enterprise).queryParam("box", "incoming").when().get("/connections")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(stranger).when().get("/connections/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.organiser(UUID.randomUUID())).when().get("/connections/" + id)
                .then().statusCode(200);
        // the asker does not answer its own request, and nobody writes before acceptance
        post(enterprise, "/connections/" + id + "/accept", null).statusCode(403);
        post(institution, "/connections/" + id + "/messages", Map.of("text", "您好")).statusCode(409);

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.CONTACT_EVENTS)) {
            String cooperation = post(institution, "/connections/" + id + "/accept", null).statusCode(200)
                    .body("status", equalTo("ACCEPTED")).body("contactGranted", equalTo(true))
                    .extract().path("cooperationId");
            // the acceptance opens the cooperation (合作项目) at its first stage, for both sides
            given().auth().oauth2(enterprise).when().get("/cooperations/" + cooperation).then().statusCode(200)
                    .body("stage", equalTo("INITIAL_CONTACT")).body("origin", equalTo("CONNECTION"))
                    .body("originId", equalTo(id)).body("title", equalTo("镁基固态储氢材料的规模化制备 ⇄ 高容量镁基固态储氢合金"));
            given().auth().oauth2(enterprise).when().get("/connections/" + id).then().statusCode(200)
                    .body("cooperationId", equalTo(cooperation));
            given().auth().oauth2(stranger).when().get("/cooperations/" + cooperation).then().statusCode(404);
            JsonNode granted = await().atMost(Duration.ofSeconds(30)).until(() -> reader.eventsOf(id).stream()
                    .filter(e -> "ContactGranted".equals(e.path("eventType").asText())).findFirst().orElse(null),
                    e -> e != null);
            assertThat(granted.path("schema").asText()).isEqualTo("ib.event.v1");
            assertThat(granted.path("aggregateType").asText()).isEqualTo("contact-grant");
            assertThat(granted.path("aggregateVersion").asLong()).isEqualTo(1);
            assertThat(granted.path("payload").path("source").asText()).isEqualTo("CONNECTION");
            assertThat(granted.path("payload").path("parties").findValuesAsText("id"))
                    .containsExactlyInAnyOrder(m.enterprise().toString(), m.institution().toString());
            assertThat(granted.path("payload").path("parties").findValuesAsText("type"))
                    .containsExactlyInAnyOrder("ENTERPRISE", "INSTITUTION");

            post(institution, "/connections/" + id + "/accept", null).statusCode(409)
                    .body("errors[0].field", equalTo("status"));
            post(Tokens.organiser(UUID.randomUUID()), "/connections/" + id + "/contact-grant/revoke", null)
                    .statusCode(403);
            post(Tokens.admin(), "/connections/" + id + "/contact-grant/revoke", null).statusCode(204);
            JsonNode revoked = await().atMost(Duration.ofSeconds(30)).until(() -> reader.eventsOf(id).stream()
                    .filter(e -> "ContactRevoked".equals(e.path("eventType").asText())).findFirst().orElse(null),
                    e -> e != null);
            assertThat(revoked.path("aggregateVersion").asLong()).isEqualTo(2);
            post(Tokens.admin(), "/connections/" + id + "/contact-grant/revoke", null).statusCode(409);
        }

        post(institution, "/connections/" + id + "/messages", Map.of("text", "欢迎来校交流。")).statusCode(201)
                .body("author.id", equalTo(m.institution().toString())).body("readByOther", equalTo(false));
        post(enterprise, "/connections/" + id + "/messages", Map.of("text", "好的，下周二见。")).statusCode(201);
        post(enterprise, "/connections/" + id + "/messages", Map.of("text", "再确认一下地址。")).statusCode(201);
        given().auth().oauth2(enterprise).when().get("/connections/" + id + "/messages")
                .then().statusCode(200).body("items.text", equalTo(List.of("欢迎来校交流。", "好的，下周二见。", "再确认一下地址。")))
                .body("unread", equalTo(1));
        given().auth().oauth2(institution).when().get("/connections/" + id + "/messages")
                .then().statusCode(200).body("unread", equalTo(2));
        post(institution, "/connections/" + id + "/messages/read", null).statusCode(204);
        given().auth().oauth2(institution).when().get("/connections/" + id + "/messages")
                .then().statusCode(200).body("unread", equalTo(0));
        given().auth().oauth2(enterprise).when().get("/connections/" + id + "/messages")
                .then().statusCode(200).body("items[1].readByOther", equalTo(true)).body("unread", equalTo(1));
        given().auth().oauth2(stranger).when().get("/connections/" + id + "/messages").then().statusCode(404);
        post(Tokens.organiser(UUID.randomUUID()), "/connections/" + id + "/messages", Map.of("text", "旁观"))
                .statusCode(403);
        post(enterprise, "/connections/" + id + "/messages", Map.of("text", "")).statusCode(400)
                .body("errors[0].field", containsString("text"));
        post(enterprise, "/connections/" + id + "/messages", Map.of("text", "长".repeat(2001))).statusCode(400)
                .body("errors[0].field", containsString("text"));
    }

    @Test
    void everyRequestThatCannotBeMadeIsRefusedNamingTheField() throws Exception {
        Market m = market();
        String enterprise = Tokens.enterprise(m.enterprise());
        String institution = Tokens.institution(m.institution());
        String message = "希望对接。";
        post(enterprise, "/connections", Map.of("toItem", Map.of("kind", "RESULT", "id", m.result().toString()),
                "message", message)).statusCode(400).body("errors.field", hasItem(containsString("fromItem")));
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), null))
                .statusCode(400).body("errors.field", hasItem(containsString("message")));
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), "长".repeat(2001)))
                .statusCode(400).body("errors.field", hasItem(containsString("message")));
        Map<String, Object> badMode = body("PROBLEM", m.problem(), "RESULT", m.result(), message);
        badMode.put("cooperationModes", List.of("BARTER"));
        post(enterprise, "/connections", badMode).statusCode(400);
        // the same kind on both sides, an item that is not the caller's own, an item that does not exist
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "PROBLEM", m.problem(), message))
                .statusCode(400).body("errors[0].field", equalTo("toItem.kind"));
        post(institution, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), message))
                .statusCode(400).body("errors[0].field", equalTo("fromItem.kind"));
        post(Tokens.enterprise(UUID.randomUUID()), "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(),
                message)).statusCode(400).body("errors[0].field", equalTo("fromItem.id"))
                .body("detail", not(containsString(m.enterprise().toString())));
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", UUID.randomUUID(), message))
                .statusCode(404);
        post(enterprise, "/connections", body("PROBLEM", UUID.randomUUID(), "PROBLEM", UUID.randomUUID(), message))
                .statusCode(404);
        // an unlisted (draft) item is as absent as one that never existed
        UUID draft = UUID.randomUUID();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.send(Topics.PROBLEM_EVENTS, draft.toString(), TestEvents.problemEnvelope(draft, 1, "problem.created",
                    "草稿难题", "未发布的镁基储氢需求", "DRAFT").toString());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> index.get(DocumentKind.PROBLEM, draft.toString()).isPresent());
        post(institution, "/connections", body("RESULT", m.result(), "PROBLEM", draft, message)).statusCode(404)
                .body("detail", not(containsString("DRAFT")));
        // an organiser, an admin or an account without organisation sends none
        post(Tokens.organiser(UUID.randomUUID()), "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(),
                message)).statusCode(403);
        given().contentType(ContentType.JSON).body(body("PROBLEM", m.problem(), "RESULT", m.result(), message))
                .when().post("/connections").then().statusCode(401);

        String id = post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), message))
                .statusCode(201).extract().path("id");
        // one open request per pair, whichever side asks
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), message))
                .statusCode(409).body("errors[0].field", equalTo("toItem.id"));
        post(institution, "/connections", body("RESULT", m.result(), "PROBLEM", m.problem(), message))
                .statusCode(409);
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.otherResult(), message))
                .statusCode(201);
        post(institution, "/connections/" + id + "/withdraw", null).statusCode(403);
        post(institution, "/connections/" + id + "/decline", Map.of("note", "无")).statusCode(400)
                .body("errors.field", hasItem(containsString("reason")));
        post(institution, "/connections/" + id + "/decline", Map.of("reason", "MAYBE")).statusCode(400);
        post(enterprise, "/connections/" + id + "/withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));
        post(institution, "/connections/" + id + "/accept", null).statusCode(409);
        // after the withdrawal the pair may be asked again, and declined with a reason
        String again = post(institution, "/connections", body("RESULT", m.result(), "PROBLEM", m.problem(), message))
                .statusCode(201).extract().path("id");
        post(enterprise, "/connections/" + again + "/decline", Map.of("reason", "ALREADY_COOPERATING", "note", "已有合作方"))
                .statusCode(200).body("status", equalTo("DECLINED")).body("declineReason", equalTo("ALREADY_COOPERATING"));
        given().auth().oauth2(institution).when().get("/connections/" + again).then().statusCode(200)
                .body("declineNote", equalTo("已有合作方"));
        given().auth().oauth2(institution).queryParam("box", "sideways").when().get("/connections")
                .then().statusCode(400).body("errors[0].field", equalTo("box"));
        given().auth().oauth2(institution).queryParam("status", "MAYBE").when().get("/connections")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void anUnansweredRequestExpiresAndMakesRoomForANewOne() throws Exception {
        Market m = market();
        String enterprise = Tokens.enterprise(m.enterprise());
        String institution = Tokens.institution(m.institution());
        String id = post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), "希望对接。"))
                .statusCode(201).extract().path("id");
        age(UUID.fromString(id), Duration.ofDays(31));
        given().auth().oauth2(institution).when().get("/connections/" + id).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        post(institution, "/connections/" + id + "/accept", null).statusCode(409)
                .body("detail", containsString("expired"));
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), "再次希望对接。"))
                .statusCode(201).body("status", equalTo("PENDING"));
        given().auth().oauth2(institution).when().get("/connections/" + id).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    /** Moves a request back in time, as if it had waited that long. */
    private void age(UUID id, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> connections.findById(id).createdAt = OffsetDateTime.now().minus(by));
    }

    @Test
    void oneAccountSendsOnlySoManyRequestsAnHour() throws Exception {
        Market m = market();
        UUID account = UUID.randomUUID();
        String enterprise = Tokens.mint(account.toString(), "enterprise", m.enterprise());
        for (int i = 0; i < 30; i++) {
            String id = post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), "第" + i + "次"))
                    .statusCode(201).extract().path("id");
            post(enterprise, "/connections/" + id + "/withdraw", null).statusCode(200);
        }
        post(enterprise, "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), "第31次"))
                .statusCode(429).header("Retry-After", notNullValue()).body("detail", containsString("30"));
        // another account of the same organisation is not held back
        post(Tokens.enterprise(m.enterprise()), "/connections", body("PROBLEM", m.problem(), "RESULT", m.result(), "换个账号"))
                .statusCode(201).body("receiver", not(nullValue()));
    }
}

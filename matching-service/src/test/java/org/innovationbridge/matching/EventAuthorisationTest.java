package org.innovationbridge.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may do what with an event: its organiser and admins write; a participant's user reads its own agenda and
 * asks or answers for itself; everyone else is refused, anonymous callers with 401.
 */
@Tag("stack")
@QuarkusTest
class EventAuthorisationTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    @Test
    void anonymousCallersAreUnauthorisedButSearchStaysOpen() {
        given().contentType(ContentType.JSON).body(EventBodies.event("匿名", 6, 2)).when().post("/events")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/events").then().statusCode(401);
        given().when().get("/events/" + UUID.randomUUID() + "/participants/" + UUID.randomUUID() + "/agenda")
                .then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/events").then().statusCode(401);
        given().queryParam("q", "储氢").when().get("/search/results").then().statusCode(200);
        given().auth().oauth2("expired-or-garbled").queryParam("q", "储氢").when().get("/search/results")
                .then().statusCode(200);
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/events/{eventId}/schedule/export'.get.parameters.name", hasItem("format"));
        given().when().post("/admin/indexes/rebuild").then().statusCode(401);
        given().auth().oauth2(Tokens.organiser(UUID.randomUUID())).when().post("/admin/indexes/rebuild")
                .then().statusCode(403);
    }

    @Test
    void onlyTheOrganiserAndAdminsWriteAndParticipantsSeeOnlyTheirOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventFixture market = EventFixture.publish(bootstrapServers, index,
                List.of("权限企业甲" + tag, "权限企业乙" + tag), List.of("hydrogen", "press"),
                List.of("权限大学" + tag), List.of(List.of("hydrogen", "press")));
        UUID organiserId = UUID.randomUUID();
        String organiser = Tokens.organiser(organiserId);
        String otherOrganiser = Tokens.organiser(UUID.randomUUID());
        EventFixture.Owner first = market.enterprises.get(0);
        EventFixture.Owner second = market.enterprises.get(1);
        EventFixture.Owner university = market.institutions.get(0);
        String firstToken = Tokens.enterprise(first.id());
        String secondToken = Tokens.enterprise(second.id());
        String universityToken = Tokens.institution(university.id());

        given().auth().oauth2(firstToken).contentType(ContentType.JSON).body(EventBodies.event("企业建会", 6, 2))
                .when().post("/events").then().statusCode(403).contentType("application/problem+json");
        String id = given().auth().oauth2(organiser).contentType(ContentType.JSON).body(EventBodies.event("权限", 6, 2))
                .when().post("/events").then().statusCode(201)
                .body("organiserId", equalTo(organiserId.toString())).extract().path("id");

        given().auth().oauth2(otherOrganiser).contentType(ContentType.JSON).body(EventBodies.event("改名", 6, 2))
                .when().put("/events/" + id).then().statusCode(403);
        given().auth().oauth2(firstToken).contentType(ContentType.JSON).body(Map.of("status", "REGISTRATION"))
                .when().put("/events/" + id + "/status").then().statusCode(403);
        given().auth().oauth2(firstToken).contentType(ContentType.JSON)
                .body(EventBodies.participant("ENTERPRISE", first.id(), first.items()))
                .when().post("/events/" + id + "/participants").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("status", "REGISTRATION"))
                .when().put("/events/" + id + "/status").then().statusCode(200);
        // anyone signed in may read the event itself
        given().auth().oauth2(secondToken).when().get("/events/" + id).then().statusCode(200)
                .body("status", equalTo("REGISTRATION"));

        String a = add(organiser, id, "ENTERPRISE", first);
        String b = add(organiser, id, "ENTERPRISE", second);
        String u = add(organiser, id, "INSTITUTION", university);
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/participants").then().statusCode(403);
        given().auth().oauth2(otherOrganiser).when().get("/events/" + id + "/participants").then().statusCode(403);

        // a participant asks for itself, not for another
        given().auth().oauth2(firstToken).contentType(ContentType.JSON)
                .body(Map.of("fromParticipantId", b, "toParticipantId", u))
                .when().post("/events/" + id + "/requests").then().statusCode(403);
        String request = given().auth().oauth2(firstToken).contentType(ContentType.JSON)
                .body(Map.of("fromParticipantId", a, "toParticipantId", u))
                .when().post("/events/" + id + "/requests").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");
        // only the asked side (or the organiser) answers
        given().auth().oauth2(firstToken).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPTED"))
                .when().put("/events/" + id + "/requests/" + request).then().statusCode(403);
        given().auth().oauth2(universityToken).contentType(ContentType.JSON).body(Map.of("decision", "REQUESTED"))
                .when().put("/events/" + id + "/requests/" + request)
                .then().statusCode(400).body("errors[0].field", equalTo("decision"));
        given().auth().oauth2(universityToken).contentType(ContentType.JSON).body(Map.of("decision", "DECLINED"))
                .when().put("/events/" + id + "/requests/" + request).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        given().auth().oauth2(universityToken).contentType(ContentType.JSON).body(Map.of("decision", "ACCEPTED"))
                .when().put("/events/" + id + "/requests/" + request)
                .then().statusCode(409).body("errors[0].field", equalTo("decision"));
        given().auth().oauth2(secondToken).when().get("/events/" + id + "/requests").then().statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/requests").then().statusCode(200)
                .body("$", hasSize(1));
        given().auth().oauth2(otherOrganiser).when().get("/events/" + id + "/requests").then().statusCode(403);

        // agendas: one's own, not another's
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/participants/" + a + "/agenda")
                .then().statusCode(200).body("participantName", equalTo(first.name()), "meetings", hasSize(0));
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/participants/" + b + "/agenda")
                .then().statusCode(403);
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/participants/" + b + "/agenda.html")
                .then().statusCode(403);
        given().auth().oauth2(organiser).when().get("/events/" + id + "/participants/" + b + "/agenda.html")
                .then().statusCode(200).contentType(startsWith("text/html"));
        given().auth().oauth2(firstToken).when().post("/events/" + id + "/pairing").then().statusCode(403);
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/schedule/export?format=csv")
                .then().statusCode(403);
        given().auth().oauth2(firstToken).when().get("/events/" + id + "/report").then().statusCode(403);
        given().auth().oauth2(firstToken).when().delete("/events/" + id + "/participants/" + a).then().statusCode(403);
    }

    @Test
    void draftsAndRoomLinksAreOnlyForTheOrganiserAdminsAndParticipants() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventFixture market = EventFixture.publish(bootstrapServers, index, List.of("房间企业" + tag), List.of("hydrogen"),
                List.of("房间大学" + tag), List.of(List.of("hydrogen")));
        String organiser = Tokens.organiser(UUID.randomUUID());
        String otherOrganiser = Tokens.organiser(UUID.randomUUID());
        EventFixture.Owner participant = market.enterprises.get(0);
        String participantToken = Tokens.enterprise(participant.id());
        String outsider = Tokens.enterprise(UUID.randomUUID());
        String id = given().auth().oauth2(organiser).contentType(ContentType.JSON).body(EventBodies.event("草稿会" + tag, 6, 2))
                .when().post("/events").then().statusCode(201).extract().path("id");

        for (String stranger : List.of(otherOrganiser, outsider, participantToken)) {
            given().auth().oauth2(stranger).when().get("/events/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(stranger).queryParam("size", 100).when().get("/events").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(stranger).queryParam("status", "DRAFT").queryParam("size", 100).when().get("/events")
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        given().auth().oauth2(organiser).queryParam("status", "DRAFT").queryParam("size", 100).when().get("/events")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(Tokens.admin()).when().get("/events/" + id).then().statusCode(200)
                .body("roomUrlTemplate", startsWith("https://meet.example/"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "REGISTRATION")).when().put("/events/" + id + "/status").then().statusCode(200);
        add(organiser, id, "ENTERPRISE", participant);

        // past its draft, anyone signed in sees the event, but only its own people see where the online rooms are
        given().auth().oauth2(outsider).when().get("/events/" + id).then().statusCode(200)
                .body("name", equalTo("草稿会" + tag), "roomUrlTemplate", nullValue());
        given().auth().oauth2(outsider).queryParam("size", 100).when().get("/events").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.roomUrlTemplate", nullValue())
                .body("items.id", hasItem(id));
        given().auth().oauth2(otherOrganiser).when().get("/events/" + id).then().statusCode(200)
                .body("roomUrlTemplate", nullValue());
        given().auth().oauth2(participantToken).when().get("/events/" + id).then().statusCode(200)
                .body("roomUrlTemplate", startsWith("https://meet.example/"));
        given().auth().oauth2(participantToken).queryParam("size", 100).when().get("/events").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.roomUrlTemplate", startsWith("https://meet.example/"));
        given().auth().oauth2(organiser).when().get("/events/" + id).then().statusCode(200)
                .body("roomUrlTemplate", startsWith("https://meet.example/"));
    }

    private static String add(String token, String eventId, String type, EventFixture.Owner owner) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(EventBodies.participant(type, owner.id(), owner.items()))
                .when().post("/events/" + eventId + "/participants").then().statusCode(201).extract().path("id");
    }
}

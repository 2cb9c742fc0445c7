package org.innovationbridge.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;

/** Every bad input to the events API is a 4xx problem+json naming the field, and nothing is half-written. */
@Tag("stack")
@QuarkusTest
class EventValidationTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    private final String organiser = Tokens.organiser(UUID.randomUUID());

    @Test
    void badEventBodiesNameTheField() {
        Map<String, Object> zeroSlots = EventBodies.event("零时段", 6, 2);
        ((Map<String, Object>) zeroSlots.get("slots")).put("count", 0);
        refused(zeroSlots, 400, "slots.count");

        refused(with(EventBodies.event("负桌数", 6, 2), "tables", -3), 400, "tables");
        refused(with(EventBodies.event("未知形式", 6, 2), "kind", "BOAT"), 400, "kind");
        refused(with(EventBodies.event("多余字段", 6, 2), "colour", "red"), 400, "colour");
        refused(with(EventBodies.event("坏日期", 6, 2), "date", "2026-13-45"), 400, "date");
        refused(with(EventBodies.event("", 6, 2), "name", " "), 400, "name");
        refused(with(EventBodies.event("线上无会议室", 6, 2), "roomUrlTemplate", null), 400, "roomUrlTemplate");
        refused(with(EventBodies.event("上限过大", 6, 2), "defaultMaxMeetings", 9), 400, "defaultMaxMeetings");

        Map<String, Object> lateBreak = EventBodies.event("休息太晚", 6, 2);
        ((Map<String, Object>) lateBreak.get("slots")).put("breaks", List.of(Map.of("afterSlot", 6, "minutes", 10)));
        refused(lateBreak, 400, "slots.breaks[0].afterSlot");

        given().auth().oauth2(organiser).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/events").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void wrongLifecycleTransitionsAreConflictsListingWhatIsAllowed() {
        String id = create("生命周期");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().put("/events/" + id + "/status")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("status"), "allowed", equalTo(List.of("REGISTRATION")));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", "SOMEDAY"))
                .when().put("/events/" + id + "/status")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", "REGISTRATION"))
                .when().put("/events/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("REGISTRATION"), "allowedTransitions", equalTo(List.of("PAIRING")));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", "REGISTRATION"))
                .when().put("/events/" + id + "/status")
                .then().statusCode(409).body("allowed", equalTo(List.of("PAIRING")));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", "PAIRING"))
                .when().put("/events/" + id + "/status").then().statusCode(200);
        // publishing needs a schedule
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().put("/events/" + id + "/status")
                .then().statusCode(409).body("errors[0].field", equalTo("status"), "detail", containsString("schedule"));
        given().auth().oauth2(organiser).when().post("/events/" + id + "/schedule")
                .then().statusCode(409).body("errors[0].field", equalTo("pairing"));
        given().auth().oauth2(organiser).when().get("/events/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void staleIfMatchIsRefused() {
        String id = create("版本");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(EventBodies.event("版本二", 6, 2)).when().put("/events/" + id)
                .then().statusCode(412).body("currentVersion", equalTo(0));
        String etag = given().auth().oauth2(organiser).when().get("/events/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).header("If-Match", etag)
                .body(EventBodies.event("版本二", 6, 2)).when().put("/events/" + id)
                .then().statusCode(200).body("name", equalTo("版本二"), "version", equalTo(1));
        given().auth().oauth2(organiser).queryParam("status", "DRAFT").queryParam("size", 100)
                .when().get("/events").then().statusCode(200)
                .body("items.status", everyItem(equalTo("DRAFT")), "items.id", hasItem(id));
        given().auth().oauth2(organiser).queryParam("size", 0).when().get("/events")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(organiser).queryParam("status", "LATER").when().get("/events")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void badParticipantsAndRulesNameTheField() throws Exception {
        EventFixture market = EventFixture.publish(bootstrapServers, index, List.of("校验企业" + marker()),
                List.of("hydrogen"), List.of("校验大学" + marker()), List.of(List.of("hydrogen")));
        EventFixture.Owner enterprise = market.enterprises.get(0);
        EventFixture.Owner institution = market.institutions.get(0);
        String id = create("参与方校验");
        String participants = "/events/" + id + "/participants";

        addRefused(participants, EventBodies.participant("ENTERPRISE", UUID.randomUUID(), enterprise.items()),
                "organisationId");
        addRefused(participants, EventBodies.participant("ENTERPRISE", enterprise.id(), List.of(UUID.randomUUID())),
                "itemIds[0]");
        // a result is not an enterprise's problem, and another's problem is not its own
        addRefused(participants, EventBodies.participant("ENTERPRISE", enterprise.id(), institution.items()),
                "itemIds[0]");
        addRefused(participants, EventBodies.participant("INSTITUTION", institution.id(), enterprise.items()),
                "itemIds[0]");
        addRefused(participants, with(EventBodies.participant("ENTERPRISE", enterprise.id(), enterprise.items()),
                "organisationType", "GOVERNMENT"), "organisationType");
        addRefused(participants, with(EventBodies.participant("ENTERPRISE", enterprise.id(), enterprise.items()),
                "unavailableSlots", List.of(2, 99)), "unavailableSlots[1]");
        addRefused(participants, with(with(EventBodies.participant("ENTERPRISE", enterprise.id(), enterprise.items()),
                "minMeetings", 3), "maxMeetings", 2), "minMeetings");
        addRefused(participants, with(EventBodies.participant("ENTERPRISE", enterprise.id(), enterprise.items()),
                "itemIds", List.of()), "itemIds");
        given().auth().oauth2(organiser).when().get(participants).then().statusCode(200).body("$", empty());

        String e = given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(EventBodies.participant("ENTERPRISE", enterprise.id(), enterprise.items()))
                .when().post(participants).then().statusCode(201)
                .body("name", equalTo(enterprise.name()), "items[0].title", equalTo("镁基固态储氢材料的规模化制备"),
                        "maxMeetings", equalTo(3))
                .extract().path("id");
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(EventBodies.participant("ENTERPRISE", enterprise.id(), enterprise.items()))
                .when().post(participants).then().statusCode(409).body("errors[0].field", equalTo("organisationId"));
        String i = given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(EventBodies.participant("INSTITUTION", institution.id(), institution.items()))
                .when().post(participants).then().statusCode(201).extract().path("id");

        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", UUID.randomUUID().toString(), "participantB", i))
                .when().post("/events/" + id + "/must-meets")
                .then().statusCode(400).body("errors[0].field", equalTo("participantA"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", e, "participantB", i, "reason", "BAD_LUCK"))
                .when().post("/events/" + id + "/blocks")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"),
                        "errors[0].reason", containsString("CONFLICT_OF_INTEREST"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", e, "participantB", e))
                .when().post("/events/" + id + "/must-meets")
                .then().statusCode(400).body("errors[0].field", equalTo("participantB"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", e, "participantB", i))
                .when().post("/events/" + id + "/must-meets").then().statusCode(201).body("kind", equalTo("MUST_MEET"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", i, "participantB", e, "reason", "MET_BEFORE"))
                .when().post("/events/" + id + "/blocks")
                .then().statusCode(409).body("errors[0].field", equalTo("participantB"));
        // requests open with registration
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("fromParticipantId", e, "toParticipantId", i))
                .when().post("/events/" + id + "/requests")
                .then().statusCode(409).body("errors[0].field", equalTo("status"), "allowed", hasItem("REGISTRATION"));
        given().auth().oauth2(organiser).when().delete(participants + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(organiser).when().get("/events/" + id + "/schedule/export?format=pdf")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    private void addRefused(String path, Map<String, Object> body, String field) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo(field));
    }

    private void refused(Map<String, Object> body, int status, String field) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body).when().post("/events")
                .then().statusCode(status).contentType(PROBLEM_JSON).body("errors[0].field", equalTo(field));
    }

    private String create(String name) {
        return given().auth().oauth2(organiser).contentType(ContentType.JSON).body(EventBodies.event(name, 6, 2))
                .when().post("/events").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}

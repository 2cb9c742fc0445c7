package org.innovationbridge.matching;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Limits that cannot all be met: a must-meet beyond an institution's maximum is reported as unhonoured (and its
 * enterprise as short of its minimum); a participant unavailable all day is left unplaced with the reason.
 */
@Tag("stack")
@QuarkusTest
class EventLimitsTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    private final String organiser = Tokens.organiser(UUID.randomUUID());

    @Test
    void whatCannotBeMetIsReportedWithTheReason() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventFixture market = EventFixture.publish(bootstrapServers, index,
                List.of("限额企业甲" + tag, "限额企业乙" + tag, "限额企业丙" + tag), List.of("hydrogen", "press", "vitamin"),
                List.of("限额大学" + tag, "限额研究院" + tag), List.of(List.of("hydrogen"), List.of("press", "vitamin")));
        String id = given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(EventBodies.event("限额 " + tag, 3, 1))
                .when().post("/events").then().statusCode(201).extract().path("id");
        String absent = add(id, "ENTERPRISE", market.enterprises.get(0), Map.of("unavailableSlots", List.of(1, 2, 3)));
        String late = add(id, "ENTERPRISE", market.enterprises.get(1), Map.of("unavailableSlots", List.of(1)));
        String third = add(id, "ENTERPRISE", market.enterprises.get(2), Map.of());
        String university = add(id, "INSTITUTION", market.institutions.get(0), Map.of("maxMeetings", 1));
        String institute = add(id, "INSTITUTION", market.institutions.get(1), Map.of("maxMeetings", 1));
        mustMeet(id, absent, university);
        mustMeet(id, late, institute);
        mustMeet(id, third, institute);
        status(id, "REGISTRATION");
        status(id, "PAIRING");

        JsonPath pairing = given().auth().oauth2(organiser).when().post("/events/" + id + "/pairing")
                .then().statusCode(200).extract().jsonPath();
        assertThat(pairing.getList("meetings")).hasSize(2);
        assertThat(pairing.getList("meetings.source")).containsOnly("MUST_MEET");
        assertThat(pairing.getList("unhonoured")).hasSize(1);
        assertThat(pairing.getString("unhonoured[0].reason")).isEqualTo("INSTITUTION_AT_MAX");
        assertThat(pairing.getString("unhonoured[0].source")).isEqualTo("MUST_MEET");
        assertThat(pairing.getString("unhonoured[0].institutionParticipantId")).isEqualTo(institute);
        String left = pairing.getString("unhonoured[0].enterpriseParticipantId");
        assertThat(left).isIn(late, third);
        assertThat(pairing.getList("shortfalls.participantId")).containsExactly(left);
        assertThat(pairing.getList("meetings.enterpriseParticipantId")).containsExactlyInAnyOrder(absent,
                left.equals(late) ? third : late);

        JsonPath schedule = given().auth().oauth2(organiser).when().post("/events/" + id + "/schedule")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> placed = schedule.getList("meetings");
        List<Map<String, Object>> unplaced = schedule.getList("unplaced");
        assertThat(schedule.getBoolean("reachesLowerBound")).isFalse();
        assertThat(unplaced).singleElement().satisfies(m -> {
            assertThat(m.get("enterpriseParticipantId")).isEqualTo(absent);
            assertThat(m.get("unplacedReason")).isEqualTo("ENTERPRISE_UNAVAILABLE");
            assertThat(m.get("slot")).isNull();
        });
        assertThat(placed).singleElement().satisfies(m -> {
            if (late.equals(m.get("enterpriseParticipantId"))) {
                assertThat(((Number) m.get("slot")).intValue()).isIn(2, 3);
            }
        });
        // an unplaced meeting cannot be locked to a place it does not have
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("locked", true))
                .when().put("/events/" + id + "/meetings/" + unplaced.get(0).get("id") + "/lock")
                .then().statusCode(409).body("errors[0].field", equalTo("locked"));
    }

    private void mustMeet(String id, String enterprise, String institution) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", enterprise, "participantB", institution))
                .when().post("/events/" + id + "/must-meets").then().statusCode(201);
    }

    private void status(String id, String status) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/events/" + id + "/status").then().statusCode(200);
    }

    private String add(String id, String type, EventFixture.Owner owner, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(EventBodies.participant(type, owner.id(), owner.items()));
        body.putAll(extra);
        return given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                .when().post("/events/" + id + "/participants").then().statusCode(201).extract().path("id");
    }
}

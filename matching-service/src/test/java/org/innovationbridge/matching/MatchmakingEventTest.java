package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * One matchmaking event from creation to its report, against the real PostgreSQL, Elasticsearch and Kafka:
 * participants drawn from the indexes, requests, a must-meet and a block, the optimal pairing, a schedule in the
 * fewest slots, agendas, exports, publication on {@code ib.pairing.events}, a cancellation (freed places
 * refilled) and a late registration re-planned without moving anyone, outcomes and the report.
 */
@Tag("stack")
@QuarkusTest
class MatchmakingEventTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;

    private final String organiser = Tokens.organiser(UUID.randomUUID());

    @Test
    @SuppressWarnings("unchecked")
    void anEventFromCreationToItsReport() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EventFixture market = EventFixture.publish(bootstrapServers, index,
                List.of("淄博储能科技" + tag, "博山锻压机床" + tag, "淄川康元生物制药" + tag, "=SUM(1+1)未来电池" + tag,
                        "芯源半导体" + tag),
                List.of("hydrogen", "press", "vitamin", "battery", "sic"),
                List.of("齐都理工大学材料学院" + tag, "机电研究所" + tag, "生物工程研究院" + tag),
                List.of(List.of("hydrogen", "battery"), List.of("press", "sic"), List.of("vitamin")));
        List<EventFixture.Owner> ent = market.enterprises;
        List<EventFixture.Owner> inst = market.institutions;

        String id = given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(EventBodies.event("2026 淄博产学研对接会 " + tag, 6, 2))
                .when().post("/events").then().statusCode(201).extract().path("id");
        status(id, "REGISTRATION");

        String e0 = add(id, "ENTERPRISE", ent.get(0), Map.of());
        String e1 = add(id, "ENTERPRISE", ent.get(1), Map.of());
        String e2 = add(id, "ENTERPRISE", ent.get(2), Map.of());
        String e3 = add(id, "ENTERPRISE", ent.get(3), Map.of());
        String i0 = add(id, "INSTITUTION", inst.get(0), Map.of());
        String i1 = add(id, "INSTITUTION", inst.get(1), Map.of("maxMeetings", 5));
        String i2 = add(id, "INSTITUTION", inst.get(2), Map.of("maxMeetings", 2, "autoAccept", true));
        Map<String, String> names = Map.of(e0, ent.get(0).name(), e1, ent.get(1).name(), e2, ent.get(2).name(),
                e3, ent.get(3).name(), i0, inst.get(0).name(), i1, inst.get(1).name(), i2, inst.get(2).name());

        // requests: one auto-accepted, one answered by the asked institution's own user
        given().auth().oauth2(Tokens.enterprise(ent.get(1).id())).contentType(ContentType.JSON)
                .body(Map.of("fromParticipantId", e1, "toParticipantId", i2))
                .when().post("/events/" + id + "/requests").then().statusCode(201).body("status", equalTo("ACCEPTED"));
        String asked = given().auth().oauth2(Tokens.enterprise(ent.get(2).id())).contentType(ContentType.JSON)
                .body(Map.of("fromParticipantId", e2, "toParticipantId", i0))
                .when().post("/events/" + id + "/requests").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");
        given().auth().oauth2(Tokens.institution(inst.get(0).id())).contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED"))
                .when().put("/events/" + id + "/requests/" + asked).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("participantA", e3, "participantB", i1))
                .when().post("/events/" + id + "/must-meets").then().statusCode(201);
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("participantA", e0, "participantB", i2, "reason", "SAME_GROUP"))
                .when().post("/events/" + id + "/blocks").then().statusCode(201).body("reason", equalTo("SAME_GROUP"));
        status(id, "PAIRING");

        // pairing: must-meet and requests in, the block out, every limit held
        JsonPath pairing = given().auth().oauth2(organiser).when().post("/events/" + id + "/pairing")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> meetings = pairing.getList("meetings");
        assertThat(source(meetings, e3, i1)).isEqualTo("MUST_MEET");
        assertThat(source(meetings, e1, i2)).isEqualTo("REQUEST");
        assertThat(source(meetings, e2, i0)).isEqualTo("REQUEST");
        assertThat(source(meetings, e0, i2)).isNull();
        assertThat(source(meetings, e0, i0)).isEqualTo("RANKED");
        Map<String, Object> best = find(meetings, e0, i0);
        assertThat(((Number) best.get("score")).doubleValue()).isPositive();
        assertThat((List<String>) best.get("reasons")).anyMatch(r -> r.contains("镁基固态储氢材料的规模化制备"))
                .anyMatch(r -> r.startsWith("语义相似度"));
        assertThat((String) best.get("topic")).isEqualTo("镁基固态储氢材料的规模化制备 ↔ 高容量镁基固态储氢合金");
        Map<String, Integer> counts = counts(meetings);
        Map<String, Integer> max = Map.of(e0, 3, e1, 3, e2, 3, e3, 3, i0, 3, i1, 5, i2, 2);
        max.forEach((p, limit) -> assertThat(counts.getOrDefault(p, 0)).as(names.get(p)).isBetween(1, limit));
        assertThat(meetings.size()).isLessThanOrEqualTo(12);
        assertThat(pairing.getDouble("totalScore")).isCloseTo(
                meetings.stream().mapToDouble(m -> ((Number) m.get("score")).doubleValue()).sum(), within(1e-5));
        assertThat(pairing.getDouble("greedyTotalScore")).isPositive();
        assertThat(pairing.getList("unhonoured")).isEmpty();
        assertThat(pairing.getList("shortfalls")).isEmpty();

        // schedule: no double booking, in exactly the lower bound of slots
        JsonPath schedule = given().auth().oauth2(organiser).when().post("/events/" + id + "/schedule")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> placed = schedule.getList("meetings");
        assertThat(schedule.getList("unplaced")).isEmpty();
        assertThat(placed).hasSize(meetings.size());
        assertThat(schedule.getInt("slotsUsed")).isEqualTo(schedule.getInt("lowerBound"));
        assertThat(schedule.getBoolean("reachesLowerBound")).isTrue();
        int delta = counts.values().stream().max(Integer::compare).orElseThrow();
        assertThat(schedule.getInt("lowerBound")).isEqualTo(Math.max(delta, (meetings.size() + 1) / 2));
        assertNoDoubleBooking(placed);
        Map<String, Object> afterBreak = placed.stream().filter(m -> ((Number) m.get("slot")).intValue() == 4)
                .findFirst().orElse(null);
        if (afterBreak != null) {
            assertThat(afterBreak.get("slotStart")).isEqualTo("10:15"); // 3 × 20 min, then a 15-minute break
        }
        assertThat((String) placed.get(0).get("roomUrl"))
                .isEqualTo("https://meet.example/ib-" + id + "-" + placed.get(0).get("table"));

        // agenda of one enterprise, as JSON for its own user and as a printable page
        String e0Token = Tokens.enterprise(ent.get(0).id());
        JsonPath agenda = given().auth().oauth2(e0Token).when().get("/events/" + id + "/participants/" + e0 + "/agenda")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mine = placed.stream().filter(m -> e0.equals(m.get("enterpriseParticipantId"))).toList();
        assertThat(agenda.getList("meetings")).hasSize(mine.size());
        assertThat(agenda.getList("meetings.counterpart", String.class)).contains(names.get(i0));
        List<Integer> slots = agenda.getList("meetings.slot", Integer.class);
        assertThat(slots).isSorted();
        String page = given().auth().oauth2(e0Token).when().get("/events/" + id + "/participants/" + e0 + "/agenda.html")
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        assertThat(page).contains("<html lang=\"zh-CN\">", "对接日程", "@page { size: A4", "@media print", "对接方",
                "对接主题", names.get(i0), "号桌", "镁基固态储氢材料的规模化制备");
        given().auth().oauth2(Tokens.enterprise(ent.get(1).id()))
                .when().get("/events/" + id + "/participants/" + e0 + "/agenda").then().statusCode(403);

        // exports: XLSX and CSV hold every meeting; a name that looks like a formula stays text
        byte[] xlsx = given().auth().oauth2(organiser).queryParam("format", "xlsx")
                .when().get("/events/" + id + "/schedule/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("时段");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(placed.size());
            Set<String> ids = new HashSet<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                ids.add(row.getCell(11).getStringCellValue());
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(placed.stream().map(m -> (String) m.get("id")).toList());
        }
        byte[] csv = given().auth().oauth2(organiser).queryParam("format", "csv")
                .when().get("/events/" + id + "/schedule/export").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(placed.size() + 1);
        assertThat(lines.get(0)).startsWith("\"时段\",\"开始\"");
        assertThat(lines).anyMatch(l -> l.contains("\"'=SUM(1+1)未来电池" + tag + "\""));
        assertThat(lines).noneMatch(l -> l.contains(",\"=SUM"));

        // lock the must-meet where it is, then publish: the pairing list goes to Kafka through the outbox
        Map<String, Object> mustMeet = find(placed, e3, i1);
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("locked", true))
                .when().put("/events/" + id + "/meetings/" + mustMeet.get("id") + "/lock")
                .then().statusCode(200).body("locked", equalTo(true));
        Map<String, String> before = placements(placed);
        int e2Meetings = counts.get(e2);
        int added;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.PAIRING_EVENTS);
             TopicReader grants = new TopicReader(bootstrapServers, Topics.CONTACT_EVENTS)) {
            status(id, "PUBLISHED");
            JsonNode published = awaitEvent(reader, id, "pairing.published");
            // every placed meeting lets its two sides read each other's contact details
            JsonNode first = published.path("payload").path("meetings").get(0);
            JsonNode grant = awaitEvent(grants, first.path("id").asText(), "ContactGranted");
            assertThat(grant.path("payload").path("source").asText()).isEqualTo("EVENT_MEETING");
            assertThat(grant.path("payload").path("parties").findValuesAsText("id")).containsExactlyInAnyOrder(
                    first.path("enterpriseOrganisationId").asText(), first.path("institutionOrganisationId").asText());
            assertThat(published.path("schema").asText()).isEqualTo("ib.event.v1");
            assertThat(published.path("aggregateType").asText()).isEqualTo("matchmaking-event");
            assertThat(published.path("payload").path("meetings").size()).isEqualTo(meetings.size());
            assertThat(published.path("payload").path("status").asText()).isEqualTo("PUBLISHED");
            assertThat(published.path("payload").path("meetings").get(0).path("slot").isInt()).isTrue();

            // a cancellation: its meetings go, nobody else moves, the locked one stays
            added = given().auth().oauth2(organiser).when().delete("/events/" + id + "/participants/" + e2)
                    .then().statusCode(200).body("cancelledMeetings", equalTo(e2Meetings), "moved", equalTo(0))
                    .extract().path("addedMeetings");
            JsonNode replanned = awaitEvent(reader, id, "pairing.replanned");
            assertThat(replanned.path("payload").path("meetings").size())
                    .isEqualTo(meetings.size() - e2Meetings + added);
        }
        JsonPath cancelledSchedule = schedule(id);
        List<Map<String, Object>> afterCancel = cancelledSchedule.getList("meetings");
        assertThat(afterCancel).noneMatch(m -> e2.equals(m.get("enterpriseParticipantId")));
        assertThat(afterCancel.size() + cancelledSchedule.getList("unplaced").size())
                .isEqualTo(meetings.size() - e2Meetings + added);
        Map<String, String> stayed = new HashMap<>(placements(afterCancel));
        stayed.keySet().retainAll(without(before, placed, e2).keySet());
        assertThat(stayed).isEqualTo(without(before, placed, e2));
        assertThat(find(afterCancel, e3, i1).get("locked")).isEqualTo(true);
        assertNoDoubleBooking(afterCancel);

        // a late registration: added where there is room, everyone else stays put
        String e4 = add(id, "ENTERPRISE", ent.get(4), Map.of());
        JsonPath afterLate = schedule(id);
        List<Map<String, Object>> lateMeetings = afterLate.getList("meetings");
        assertThat(lateMeetings).anyMatch(m -> e4.equals(m.get("enterpriseParticipantId")));
        Map<String, String> kept = new HashMap<>(placements(lateMeetings));
        kept.keySet().retainAll(placements(afterCancel).keySet());
        assertThat(kept).isEqualTo(placements(afterCancel));
        assertNoDoubleBooking(lateMeetings);

        // after the event: outcomes and the report
        status(id, "COMPLETED");
        Map<String, Object> contract = find(lateMeetings, e0, i0);
        Map<String, Object> talks = find(lateMeetings, e3, i1);
        Map<String, Object> intent = find(lateMeetings, e1, i2);
        outcome(id, contract, "CONTRACT");
        outcome(id, talks, "TALKS_STARTED");
        outcome(id, intent, "INTENT_SIGNED");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                .when().put("/events/" + id + "/meetings/" + contract.get("id") + "/outcome")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        JsonPath report = given().auth().oauth2(organiser).when().get("/events/" + id + "/report")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("scheduledMeetings")).isEqualTo(lateMeetings.size());
        assertThat(report.getInt("meetingsHeld")).isEqualTo(3);
        assertThat(report.getInt("converted")).isEqualTo(2);
        assertThat(report.getDouble("conversionRate")).isCloseTo(2.0 / 3, within(1e-5));
        assertThat(report.getInt("outcomes.CONTRACT")).isEqualTo(1);
        assertThat(report.getInt("outcomes.NO_FURTHER_CONTACT")).isZero();
        Map<String, Object> hydrogen = report.getMap("byChain.find { it.chain == 'hydrogen-energy-storage' }.tally");
        assertThat(hydrogen.get("held")).isEqualTo(1);
        assertThat(hydrogen.get("converted")).isEqualTo(1);
        assertThat(report.getList("byChain.chain")).containsExactly("hydrogen-energy-storage", "intelligent-equipment",
                "new-energy-vehicles");

        // outcomes from talks onwards are followed as cooperations, one per meeting however often recorded
        outcome(id, talks, "TALKS_STARTED");
        assertThat(cooperationOf(contract).getString("stage")).isEqualTo("CONTRACT_SIGNED");
        assertThat(cooperationOf(intent).getString("stage")).isEqualTo("INTENT_SIGNED");
        JsonPath talksCooperation = cooperationOf(talks);
        assertThat(talksCooperation.getString("stage")).isEqualTo("NEGOTIATING");
        assertThat(talksCooperation.getString("stageLabel")).isEqualTo("洽谈中");
        assertThat(talksCooperation.getList("parties.type")).containsExactly("ENTERPRISE", "INSTITUTION");
        assertThat(talksCooperation.getList("history")).hasSize(1);
        assertThat(talksCooperation.getString("history[0].note")).isEqualTo("会后跟进");
    }

    private JsonPath cooperationOf(Map<String, Object> meeting) {
        List<Map<String, Object>> found = given().auth().oauth2(organiser).when().get("/cooperations")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> ofMeeting = found.stream()
                .filter(c -> meeting.get("id").equals(c.get("originId")) && "EVENT_MEETING".equals(c.get("origin")))
                .toList();
        assertThat(ofMeeting).hasSize(1);
        return given().auth().oauth2(organiser).when().get("/cooperations/" + ofMeeting.get(0).get("id"))
                .then().statusCode(200).extract().jsonPath();
    }

    private void outcome(String id, Map<String, Object> meeting, String outcome) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("outcome", outcome, "note", "会后跟进"))
                .when().put("/events/" + id + "/meetings/" + meeting.get("id") + "/outcome")
                .then().statusCode(200).body("outcome", equalTo(outcome));
    }

    private JsonPath schedule(String id) {
        return given().auth().oauth2(organiser).when().get("/events/" + id + "/schedule").then().statusCode(200)
                .extract().jsonPath();
    }

    private void status(String id, String status) {
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/events/" + id + "/status").then().statusCode(200).body("status", equalTo(status));
    }

    private String add(String id, String type, EventFixture.Owner owner, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(EventBodies.participant(type, owner.id(), owner.items()));
        body.putAll(extra);
        return given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                .when().post("/events/" + id + "/participants").then().statusCode(201)
                .body("name", equalTo(owner.name())).extract().path("id");
    }

    private static JsonNode awaitEvent(TopicReader reader, String id, String type) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> reader.eventsOf(id).stream()
                .filter(e -> type.equals(e.path("eventType").asText())).findFirst().orElse(null), e -> e != null);
    }

    private static void assertNoDoubleBooking(List<Map<String, Object>> placed) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> m : placed) {
            int slot = ((Number) m.get("slot")).intValue();
            assertThat(slot).isBetween(1, 6);
            assertThat(((Number) m.get("table")).intValue()).isBetween(1, 2);
            assertThat(seen.add("T" + m.get("table") + "@" + slot)).as("table twice in slot %d", slot).isTrue();
            assertThat(seen.add(m.get("enterpriseParticipantId") + "@" + slot)).as("enterprise twice in slot").isTrue();
            assertThat(seen.add(m.get("institutionParticipantId") + "@" + slot)).as("institution twice in slot").isTrue();
        }
    }

    private static Map<String, String> placements(List<Map<String, Object>> placed) {
        Map<String, String> at = new HashMap<>();
        placed.forEach(m -> at.put((String) m.get("id"), m.get("slot") + "/" + m.get("table")));
        return at;
    }

    private static Map<String, String> without(Map<String, String> placements, List<Map<String, Object>> placed,
                                               String participant) {
        Map<String, String> rest = new HashMap<>(placements);
        placed.stream().filter(m -> participant.equals(m.get("enterpriseParticipantId")))
                .forEach(m -> rest.remove((String) m.get("id")));
        return rest;
    }

    private static Map<String, Object> find(List<Map<String, Object>> meetings, String enterprise, String institution) {
        return meetings.stream().filter(m -> enterprise.equals(m.get("enterpriseParticipantId"))
                && institution.equals(m.get("institutionParticipantId"))).findFirst().orElse(null);
    }

    private static String source(List<Map<String, Object>> meetings, String enterprise, String institution) {
        Map<String, Object> meeting = find(meetings, enterprise, institution);
        return meeting == null ? null : (String) meeting.get("source");
    }

    private static Map<String, Integer> counts(List<Map<String, Object>> meetings) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> m : meetings) {
            counts.merge((String) m.get("enterpriseParticipantId"), 1, Integer::sum);
            counts.merge((String) m.get("institutionParticipantId"), 1, Integer::sum);
        }
        return counts;
    }
}

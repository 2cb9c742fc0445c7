package org.innovationbridge.matching;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.outbox.OutboxRecorder;
import org.innovationbridge.kit.testing.OutboxChecks;
import org.innovationbridge.matching.messaging.OutboxRoutes;
import org.innovationbridge.matching.messaging.Topics;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Request ids in responses and log lines, and the service's own meters at /q/metrics. */
@Tag("stack")
@QuarkusTest
class ObservabilityTest {
    @Inject
    AgroalDataSource db;
    @Inject
    OutboxRecorder outbox;
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private final List<ExtLogRecord> accessLines = new CopyOnWriteArrayList<>();
    private final ExtHandler capture = new ExtHandler() {
        @Override
        protected void doPublish(ExtLogRecord record) {
            record.copyAll(); // the MDC as it is now, on the request's thread
            accessLines.add(record);
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("access").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("access").removeHandler(capture);
    }

    @Test
    void aValidIncomingRequestIdIsReturnedAndIsInTheLogLineOfThatRequest() {
        given().header("X-Request-Id", "trace-matching-0001")
                .when().queryParam("q", "储氢").get("/search/problems")
                .then().header("X-Request-Id", equalTo("trace-matching-0001"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(accessLines)
                .anySatisfy(line -> {
                    assertThat(line.getMdc("requestId")).isEqualTo("trace-matching-0001");
                    assertThat(line.getFormattedMessage()).startsWith("GET ");
                }));
    }

    @Test
    void aMissingOrForgedRequestIdIsReplacedByANewOne() {
        String made = given().when().queryParam("q", "储氢").get("/search/problems")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        String forged = given().header("X-Request-Id", "x\" injected=\"1")
                .when().queryParam("q", "储氢").get("/search/problems")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        assertThat(made).isNotEqualTo(forged);
    }

    static double metric(String text, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(name + " at /q/metrics").isTrue();
        return Double.parseDouble(m.group(2));
    }

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void theOutboxOfPairingListsIsMeasuredLikeTheWritersOutboxes() throws Exception {
        // a pairing list recorded as the planning service records one, without planning a whole event
        OutboxChecks.backlogShowsWhileHeldAndDrains(db, () -> QuarkusTransaction.requiringNew().run(() -> {
            UUID event = UUID.randomUUID();
            outbox.record(OutboxRoutes.MATCHMAKING_EVENT, event, 0, "pairing.published",
                    Map.of("id", event.toString(), "status", "PUBLISHED", "meetings", List.of()));
        }));
    }

    @Test
    void indexingShowsItsOutcomesLatencyAndLagPerPartitionAndSearchesTheirLatency() throws Exception {
        double appliedBefore = metric(metrics(), "ib_matching_events_total", "outcome", "applied");
        double outdatedBefore = metric(metrics(), "ib_matching_events_total", "outcome", "outdated");
        UUID id = UUID.randomUUID();
        String event = TestEvents.problemEnvelope(id, 0, "problem.created", "储氢罐轻量化", "碳纤维缠绕储氢罐的减重设计",
                "PUBLISHED").toString();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            // the same event twice: applied once, the repeat is outdated
            events.sendAll(Topics.PROBLEM_EVENTS, id.toString(), List.of(event, event));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String text = metrics();
            assertThat(metric(text, "ib_matching_events_total", "outcome", "applied")).isEqualTo(appliedBefore + 1);
            assertThat(metric(text, "ib_matching_events_total", "outcome", "outdated")).isEqualTo(outdatedBefore + 1);
            assertThat(metric(text, "ib_matching_indexing_latency_seconds_count")).isGreaterThanOrEqualTo(2);
            assertThat(metric(text, "ib_matching_indexing_latency_seconds_max")).isGreaterThan(0).isLessThan(60);
            assertThat(metric(text, "ib_matching_consumer_lag", "topic", Topics.PROBLEM_EVENTS))
                    .isGreaterThanOrEqualTo(0);
        });
        given().queryParam("q", "储氢罐").when().get("/search/problems").then().statusCode(200);
        given().when().get("/matches/problems/" + id + "/results").then().statusCode(200);
        String text = metrics();
        assertThat(metric(text, "ib_matching_search_seconds_count", "kind", "problem")).isGreaterThanOrEqualTo(1);
        assertThat(metric(text, "ib_matching_search_seconds_max", "kind", "problem")).isGreaterThan(0);
        assertThat(metric(text, "ib_matching_match_seconds_count", "kind", "problem")).isGreaterThanOrEqualTo(1);
    }

    /** The value of the first series of {@code name} whose tag {@code tag} has {@code value}. */
    static double metric(String text, String name, String tag, String value) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*" + tag + "=\"" + Pattern.quote(value)
                + "\"[^}]*\\} (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(name + " " + tag + "=" + value + " at /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}

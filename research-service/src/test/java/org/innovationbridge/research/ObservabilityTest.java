package org.innovationbridge.research;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.innovationbridge.kit.testing.OutboxChecks;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
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
        given().header("X-Request-Id", "trace-research-0001")
                .when().get("/institutions?size=1")
                .then().header("X-Request-Id", equalTo("trace-research-0001"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(accessLines)
                .anySatisfy(line -> {
                    assertThat(line.getMdc("requestId")).isEqualTo("trace-research-0001");
                    assertThat(line.getFormattedMessage()).startsWith("GET ");
                }));
    }

    @Test
    void aMissingOrForgedRequestIdIsReplacedByANewOne() {
        String made = given().when().get("/institutions?size=1")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        String forged = given().header("X-Request-Id", "x\" injected=\"1")
                .when().get("/institutions?size=1")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        assertThat(made).isNotEqualTo(forged);
    }

    static double metric(String text, String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(name + " at /q/metrics").isTrue();
        return Double.parseDouble(m.group(2));
    }

    /** The value of the series of {@code name} whose status tag is {@code status}. */
    static double metric(String text, String name, String status) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*status=\"" + status + "\"[^}]*\\} (\\S+)$",
                Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(name + " " + status + " at /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void theOutboxBacklogShowsWhileTheRelayIsHeldAndDrainsWhenItMayRunAgain() throws Exception {
        OutboxChecks.backlogShowsWhileHeldAndDrains(db, TestData::registerInstitution);
    }

    @Test
    void importProgressIsPublishedAsRowsDoneOutOfRowsTotalOfRunningJobs() {
        String text = metrics();
        assertThat(metric(text, "ib_import_jobs", "running")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(metric(text, "ib_import_jobs", "queued")).isNotNaN().isGreaterThanOrEqualTo(0);
        double done = metric(text, "ib_import_rows_done");
        double total = metric(text, "ib_import_rows_total");
        assertThat(done).isNotNaN().isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(total);
    }
}

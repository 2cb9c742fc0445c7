package org.innovationbridge.enterprise;

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
        given().header("X-Request-Id", "trace-enterprise-0001")
                .when().get("/reference/district")
                .then().header("X-Request-Id", equalTo("trace-enterprise-0001"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(accessLines)
                .anySatisfy(line -> {
                    assertThat(line.getMdc("requestId")).isEqualTo("trace-enterprise-0001");
                    assertThat(line.getFormattedMessage()).startsWith("GET ");
                }));
    }

    @Test
    void aMissingOrForgedRequestIdIsReplacedByANewOne() {
        String made = given().when().get("/reference/district")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        String forged = given().header("X-Request-Id", "x\" injected=\"1")
                .when().get("/reference/district")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        assertThat(made).isNotEqualTo(forged);
    }

    @Test
    void theOutboxBacklogShowsWhileTheRelayIsHeldAndDrainsWhenItMayRunAgain() throws Exception {
        OutboxChecks.backlogShowsWhileHeldAndDrains(db, TestData::registerEnterprise);
    }
}

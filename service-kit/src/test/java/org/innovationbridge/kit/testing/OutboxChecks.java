package org.innovationbridge.kit.testing;

import org.innovationbridge.kit.outbox.OutboxRelay;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Checks of the kit's outbox in a running service, against its real database and Kafka. */
public final class OutboxChecks {
    private OutboxChecks() {
    }

    /** A step of a test that may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Runs {@code step} while this service's relay is held, as another instance's relay would hold it: events
     * committed meanwhile stay unpublished until the step is over.
     */
    public static void whileRelayHeld(DataSource db, Step step) throws Exception {
        try (Connection holder = db.getConnection()) {
            advisory(holder, "select pg_advisory_lock(?)");
            try {
                step.run();
            } finally {
                advisory(holder, "select pg_advisory_unlock(?)");
            }
        }
    }

    /**
     * The backlog meters show an event that {@code write} commits while the relay is held, and drain to zero, with
     * the published counter moved on, once the relay may run again.
     */
    public static void backlogShowsWhileHeldAndDrains(DataSource db, Step write) throws Exception {
        double publishedBefore = Metrics.value("ib_outbox_published_total");
        whileRelayHeld(db, () -> {
            write.run();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String text = Metrics.scrape();
                assertThat(Metrics.value(text, "ib_outbox_unpublished")).isGreaterThanOrEqualTo(1);
                assertThat(Metrics.value(text, "ib_outbox_oldest_unpublished_age_seconds")).isGreaterThan(0).isLessThan(60);
            });
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String text = Metrics.scrape();
            assertThat(Metrics.value(text, "ib_outbox_unpublished")).isZero();
            assertThat(Metrics.value(text, "ib_outbox_oldest_unpublished_age_seconds")).isZero();
            assertThat(Metrics.value(text, "ib_outbox_published_total")).isGreaterThanOrEqualTo(publishedBefore + 1);
        });
    }

    private static void advisory(Connection connection, String sql) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, OutboxRelay.RELAY_LOCK);
            lock.execute();
        }
    }
}

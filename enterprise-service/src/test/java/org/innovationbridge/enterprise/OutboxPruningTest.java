package org.innovationbridge.enterprise;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.innovationbridge.kit.outbox.OutboxPruner;
import org.innovationbridge.kit.testing.Metrics;
import org.innovationbridge.kit.testing.OutboxChecks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kit's outbox pruning on this service's real table: published events past the retention (7 days by default)
 * go, recent ones and unpublished ones of any age stay, and the pruned rows are counted at /q/metrics.
 */
@Tag("stack")
@QuarkusTest
class OutboxPruningTest {
    @Inject
    AgroalDataSource db;
    @Inject
    OutboxPruner pruner;

    @Test
    void onlyPublishedEventsOlderThanTheRetentionArePrunedAndTheyAreCounted() throws Exception {
        String old = TestData.registerEnterprise();
        String recent = TestData.registerEnterprise();
        await().atMost(Duration.ofSeconds(20)).until(() -> published(old) == 1 && published(recent) == 1);
        execute("update outbox_event set occurred_at = now() - interval '9 days',"
                + " published_at = now() - interval '8 days' where aggregate_id = ?", old);

        OutboxChecks.whileRelayHeld(db, () -> {
            // with the relay held, this event stays unpublished however old it is made
            String waiting = TestData.registerEnterprise();
            execute("update outbox_event set occurred_at = now() - interval '30 days' where aggregate_id = ?", waiting);
            double prunedBefore = Metrics.value("ib_outbox_pruned_total");

            long pruned = pruner.prune();

            assertThat(pruned).isGreaterThanOrEqualTo(1);
            assertThat(rows(old)).as("published 8 days ago").isZero();
            assertThat(rows(recent)).as("published just now").isEqualTo(1);
            assertThat(rows(waiting)).as("never published").isEqualTo(1);
            assertThat(published(waiting)).isZero();
            assertThat(Metrics.value("ib_outbox_pruned_total")).isEqualTo(prunedBefore + pruned);
        });
    }

    private long rows(String aggregateId) throws Exception {
        return count("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
    }

    private long published(String aggregateId) throws Exception {
        return count("select count(*) from outbox_event where aggregate_id = ? and published_at is not null", aggregateId);
    }

    private long count(String sql, String aggregateId) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(aggregateId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void execute(String sql, String aggregateId) throws Exception {
        try (Connection connection = db.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(aggregateId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}

package org.innovationbridge.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Deletes published outbox rows once they are older than the retention, so the table holds what is waiting and
 * what was recently sent, not every event ever written. Unpublished rows are never touched, whatever their age.
 * Deletes in chunks, each in its own short transaction, so a large first prune never holds the relay up long.
 */
@Startup // its counter shows from the start, at zero
@Singleton
public class OutboxPruner {
    private static final int CHUNK = 5_000;

    private final DataSource db;
    private final OutboxConfig config;
    private final Counter pruned;

    public OutboxPruner(DataSource db, OutboxConfig config, MeterRegistry registry) {
        this.db = db;
        this.config = config;
        this.pruned = Counter.builder("ib.outbox.pruned")
                .description("Published outbox events deleted after the retention")
                .register(registry);
    }

    @Scheduled(every = "${ib.outbox.prune-every:10m}", delayed = "${ib.outbox.prune-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() throws SQLException {
        prune();
    }

    /** Deletes every published row older than the retention; returns how many it deleted. */
    public long prune() throws SQLException {
        OffsetDateTime cutoff = OffsetDateTime.now().minus(config.retention());
        long total = 0;
        int deleted;
        try (Connection connection = db.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from outbox_event where seq in"
                     + " (select seq from outbox_event where published_at < ? limit ?)")) {
            delete.setObject(1, cutoff);
            delete.setInt(2, CHUNK);
            do {
                deleted = delete.executeUpdate();
                total += deleted;
                pruned.increment(deleted);
            } while (deleted == CHUNK);
        }
        return total;
    }
}

package org.innovationbridge.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox backlog as gauges: how many committed events wait for the relay and how long the oldest has
 * waited. A growing age means events are not reaching Kafka (broker down, relay stuck), whatever the count.
 * Read from the table itself at scrape time (at most once a second); NaN while the database cannot answer.
 */
@Startup
@Singleton
public class OutboxMetrics {
    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final DataSource db;
    private volatile Backlog last = new Backlog(Double.NaN, Double.NaN, Instant.EPOCH);

    record Backlog(double rows, double oldestAgeSeconds, Instant readAt) {
    }

    public OutboxMetrics(DataSource db, MeterRegistry registry) {
        this.db = db;
        Gauge.builder("ib.outbox.unpublished", this, metrics -> metrics.backlog().rows())
                .description("Outbox events committed but not yet published to Kafka")
                .register(registry);
        Gauge.builder("ib.outbox.oldest.unpublished.age", this, metrics -> metrics.backlog().oldestAgeSeconds())
                .description("How long the oldest unpublished outbox event has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    Backlog backlog() {
        Backlog known = last;
        if (known.readAt().plus(FRESH).isAfter(Instant.now())) {
            return known;
        }
        try (Connection connection = db.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)"
                     + " from outbox_event where published_at is null")) {
            row.next();
            last = new Backlog(row.getLong(1), row.getDouble(2), Instant.now());
        } catch (SQLException e) {
            LOG.debugf("outbox backlog unknown: %s", e.getMessage());
            last = new Backlog(Double.NaN, Double.NaN, Instant.now());
        }
        return last;
    }
}

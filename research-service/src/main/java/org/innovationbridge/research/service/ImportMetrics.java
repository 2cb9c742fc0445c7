package org.innovationbridge.research.service;

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
import java.util.function.ToDoubleFunction;

/**
 * Progress of the compilation imports that are running now, over all instances (read from the job table, at
 * most once a second): jobs running and waiting, and rows done out of rows total. done/total is the progress
 * bar an operator sees; a done count that stops growing while jobs run means the workers are stuck.
 */
@Startup
@Singleton
public class ImportMetrics {
    private static final Logger LOG = Logger.getLogger(ImportMetrics.class);
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final DataSource db;
    private volatile Progress last = new Progress(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Instant.EPOCH);

    record Progress(double running, double queued, double rowsDone, double rowsTotal, Instant readAt) {
    }

    public ImportMetrics(DataSource db, MeterRegistry registry) {
        this.db = db;
        gauge(registry, "ib.import.jobs", "Import jobs running now", "running", Progress::running);
        gauge(registry, "ib.import.jobs", "Import jobs waiting for a worker", "queued", Progress::queued);
        Gauge.builder("ib.import.rows.done", this, metrics -> metrics.progress().rowsDone())
                .description("Rows already handled of the running import jobs").register(registry);
        Gauge.builder("ib.import.rows.total", this, metrics -> metrics.progress().rowsTotal())
                .description("Rows in all of the running import jobs").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, String status,
                       ToDoubleFunction<Progress> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.progress()))
                .description(description).tag("status", status).register(registry);
    }

    Progress progress() {
        Progress known = last;
        if (known.readAt().plus(FRESH).isAfter(Instant.now())) {
            return known;
        }
        try (Connection connection = db.getConnection(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("select count(*) filter (where status = 'RUNNING'),"
                     + " count(*) filter (where status = 'QUEUED'),"
                     + " coalesce(sum(rows_done) filter (where status = 'RUNNING'), 0),"
                     + " coalesce(sum(rows_total) filter (where status = 'RUNNING'), 0)"
                     + " from import_job where status in ('RUNNING', 'QUEUED')")) {
            row.next();
            last = new Progress(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), Instant.now());
        } catch (SQLException e) {
            LOG.debugf("import progress unknown: %s", e.getMessage());
            last = new Progress(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Instant.now());
        }
        return last;
    }
}

package org.innovationbridge.kit.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.innovationbridge.kit.event.EventEnvelope;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them published, on a thread of its own
 * (the scheduler's one-second floor would add a second to every event's way). A crash after sending and
 * before marking sends the events again: delivery is at least once, and each event keeps its id and version,
 * so consumers drop what they have seen.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * Advisory lock id: one relay at a time across instances, so events of one aggregate stay in order. Advisory
     * locks are per database, and each service has a database of its own.
     */
    public static final long RELAY_LOCK = 0x1B_0E_7B_01L;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final DataSource db;
    private final Producer<String, String> producer;
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final KafkaConfig kafka;
    private final OutboxRouting routing;
    private final Counter published;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(DataSource db, Producer<String, String> producer, OutboxConfig config, ObjectMapper json,
                       KafkaConfig kafka, OutboxRouting routing, MeterRegistry registry) {
        this.db = db;
        this.producer = producer;
        this.config = config;
        this.json = json;
        this.kafka = kafka;
        this.routing = routing;
        this.published = Counter.builder("ib.outbox.published")
                .description("Outbox events published to Kafka and marked (a redelivery after a crash counts again)")
                .register(registry);
    }

    void start(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        Duration backoff = config.pollInterval();
        while (running) {
            try {
                int sent = publishBatch();
                published.increment(sent);
                if (sent < config.batchSize()) {
                    Thread.sleep(config.pollInterval().toMillis()); // caught up: wait for new rows
                }
                backoff = config.pollInterval();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay pass failed, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** Publishes one batch and waits for the broker's acknowledgements; returns how many events it published. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = db.getConnection()) {
                if (!locked(connection)) {
                    return 0;
                }
                List<OutboxEvent> batch = unpublished(connection);
                List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
                for (OutboxEvent event : batch) {
                    acks.add(producer.send(toRecord(event)));
                }
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                markPublished(connection, batch);
                return batch.size();
            }
        });
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** The oldest unpublished rows, read through the partial index on unpublished rows, which stays small. */
    private List<OutboxEvent> unpublished(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select seq, event_id, aggregate_type, aggregate_id,"
                + " aggregate_version, event_type, payload, occurred_at from outbox_event where published_at is null"
                + " order by seq limit ?")) {
            query.setInt(1, config.batchSize());
            List<OutboxEvent> batch = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    batch.add(new OutboxEvent(row.getLong(1), row.getObject(2, UUID.class), row.getString(3),
                            row.getObject(4, UUID.class), row.getLong(5), row.getString(6), row.getString(7),
                            row.getObject(8, OffsetDateTime.class)));
                }
            }
            return batch;
        }
    }

    private static void markPublished(Connection connection, List<OutboxEvent> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "update outbox_event set published_at = now() where seq = any(?)")) {
            mark.setArray(1, connection.createArrayOf("bigint", batch.stream().map(OutboxEvent::seq).toArray()));
            mark.executeUpdate();
        }
    }

    ProducerRecord<String, String> toRecord(OutboxEvent event) throws Exception {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SCHEMA, event.eventId(), event.eventType(),
                event.aggregateType(), event.aggregateId(), event.aggregateVersion(), event.occurredAt(),
                json.readTree(event.payload()));
        ProducerRecord<String, String> record = new ProducerRecord<>(kafka.topic(routing.topicOf(event.aggregateType())),
                event.aggregateId().toString(), json.writeValueAsString(envelope));
        record.headers().add("event-id", event.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-type", event.eventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}

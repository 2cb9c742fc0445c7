package org.innovationbridge.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.config.OutboxConfig;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka in commit order and marks them published, on a thread of its own.
 * A crash after sending and before marking sends them again: delivery is at least once, and each event keeps
 * its id, so a consumer can drop what it has seen.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id: one relay at a time across instances, so an event's versions stay in order. */
    private static final long RELAY_LOCK = 0x1B_0E_7B_03L;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final EntityManager em;
    private final Producer<String, String> producer;
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final MatchingConfig matching;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(EntityManager em, Producer<String, String> producer, OutboxConfig config, ObjectMapper json,
                       MatchingConfig matching) {
        this.em = em;
        this.producer = producer;
        this.config = config;
        this.json = json;
        this.matching = matching;
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
                if (publishBatch() < config.batchSize()) {
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
            boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq")
                    .page(0, config.batchSize()).list();
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                acks.add(producer.send(toRecord(event)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
            OffsetDateTime now = OffsetDateTime.now();
            batch.forEach(event -> event.publishedAt = now);
            return batch.size();
        });
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) throws Exception {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SCHEMA, event.eventId, event.eventType,
                event.aggregateType, event.aggregateId, event.aggregateVersion, event.occurredAt,
                json.readTree(event.payload));
        ProducerRecord<String, String> record = new ProducerRecord<>(matching.kafka().topic(Topics.PAIRING_EVENTS),
                event.aggregateId.toString(), json.writeValueAsString(envelope));
        record.headers().add("event-id", event.eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-type", event.eventType.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}

package org.innovationbridge.kit.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.innovationbridge.kit.event.EventEnvelope;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One handler's poll loop on a thread of its own. Each record is applied in its own transaction and its offset is
 * committed only after that transaction, so a crash replays rather than loses. A failure (database or broker away,
 * a rebalance during the commit) closes the Kafka consumer and starts a new one after a back-off, which resumes from
 * the last committed offset; a record that can never be applied is dead-lettered instead, so it never blocks its
 * partition.
 */
final class ManagedConsumer {
    private static final Logger LOG = Logger.getLogger(ManagedConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final String EVENT_ID = "eventId";

    private final EventHandler handler;
    private final List<String> topics;
    private final Supplier<Consumer<String, String>> connect;
    private final EnvelopeReader reader;
    private final DeadLetters deadLetters;
    private final ConsumerSettings settings;
    private final ConsumerMeters meters;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread worker;
    private volatile boolean running = true;
    private volatile Consumer<String, String> current;
    private volatile int failures;

    ManagedConsumer(EventHandler handler, List<String> topics, Supplier<Consumer<String, String>> connect,
                    EnvelopeReader reader, DeadLetters deadLetters, ConsumerSettings settings, ConsumerMeters meters) {
        this.handler = handler;
        this.topics = topics;
        this.connect = connect;
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.settings = settings;
        this.meters = meters;
        this.worker = new Thread(this::run, "consumer-" + handler.name());
    }

    void start() {
        worker.start();
    }

    void stop() throws InterruptedException {
        running = false;
        stopped.countDown();
        Consumer<String, String> kafka = current;
        if (kafka != null) {
            kafka.wakeup();
        }
        worker.join(Duration.ofSeconds(15).toMillis());
    }

    boolean alive() {
        return worker.isAlive();
    }

    /** Failures since the last batch that went through: 0 while all is well. */
    int failures() {
        return failures;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try (Consumer<String, String> kafka = connect.get()) {
                current = kafka;
                kafka.subscribe(topics);
                while (running) {
                    ConsumerRecords<String, String> records = kafka.poll(settings.pollTimeout());
                    meters.lag(kafka, records);
                    if (!records.isEmpty()) {
                        applyAndCommit(kafka, records);
                        meters.lag(kafka, ConsumerRecords.empty());
                    }
                    failures = 0;
                    backoff = FIRST_BACKOFF;
                }
            } catch (WakeupException e) {
                if (running) {
                    LOG.warnf("consumer %s woken up unexpectedly; starting again", handler.name());
                }
            } catch (Exception e) {
                failures++;
                meters.restarted();
                LOG.warnf("consumer %s failed (%d in a row), starting again in %d ms: %s", handler.name(), failures,
                        backoff.toMillis(), e.toString());
                if (pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                        ? settings.maxBackoff() : backoff.multipliedBy(2);
            } finally {
                current = null;
            }
        }
    }

    /** Waits out the back-off; true when the service stops meanwhile. */
    private boolean pause(Duration backoff) {
        try {
            return stopped.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** On a failure the records applied so far are committed before the consumer restarts, so they are not read again. */
    private void applyAndCommit(Consumer<String, String> kafka, ConsumerRecords<String, String> records) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            for (ConsumerRecord<String, String> record : records) {
                apply(record);
                done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            }
        } catch (Exception e) {
            commitWhatWasDone(kafka, done);
            throw e;
        }
        kafka.commitSync(done);
    }

    private void commitWhatWasDone(Consumer<String, String> kafka, Map<TopicPartition, OffsetAndMetadata> done) {
        if (done.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(done);
        } catch (RuntimeException e) {
            // the applied records come again; the handler drops what it holds already
            LOG.debugf("consumer %s could not commit before restarting: %s", handler.name(), e.getMessage());
        }
    }

    private void apply(ConsumerRecord<String, String> record) throws Exception {
        MDC.put(EVENT_ID, eventId(record));
        try {
            EventEnvelope event = reader.read(record.value());
            QuarkusTransaction.requiringNew().run(() -> handler.handle(event));
            meters.applied();
        } catch (UnusableEvent e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.park(record, handler.name(), e.getMessage());
            meters.deadLettered();
        } finally {
            MDC.remove(EVENT_ID);
        }
    }

    /** The writer's event id (record header), so log lines about one event can be found across services. */
    private static String eventId(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("event-id");
        return header == null ? "offset:" + record.topic() + "-" + record.partition() + "@" + record.offset()
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}

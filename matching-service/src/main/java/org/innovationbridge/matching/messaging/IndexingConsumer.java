package org.innovationbridge.matching.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.search.SearchIndex;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the indexes in step with the writers' topics. Offsets are committed only after a batch is in
 * Elasticsearch (or parked as dead letters), so a crash replays rather than loses; replays are harmless
 * because writes are versioned by aggregate version. When Elasticsearch is down the batch is retried with
 * back-off instead of being skipped.
 */
@ApplicationScoped
public class IndexingConsumer {
    private static final Logger LOG = Logger.getLogger(IndexingConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final String EVENT_ID = "eventId";

    private final MatchingConfig config;
    private final BatchIndexer batches;
    private final SearchIndex index;
    private final DeadLetters deadLetters;
    private final MatchAnnouncer announcer;
    private final IndexingMetrics metrics;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread worker;

    public IndexingConsumer(MatchingConfig config, BatchIndexer batches, SearchIndex index, DeadLetters deadLetters,
                            MatchAnnouncer announcer, IndexingMetrics metrics) {
        this.config = config;
        this.batches = batches;
        this.index = index;
        this.deadLetters = deadLetters;
        this.announcer = announcer;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent start) {
        if (!config.kafka().consumerEnabled()) {
            return;
        }
        running = true;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, config.kafka().groupId() + "-" + index.generation(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) config.kafka().sessionTimeout().toMillis()),
                new StringDeserializer(), new StringDeserializer());
        worker = new Thread(this::run, "indexing-consumer");
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (worker == null) {
            return;
        }
        running = false;
        consumer.wakeup();
        worker.join(Duration.ofSeconds(15).toMillis());
    }

    public boolean isRunning() {
        return running && worker != null && worker.isAlive();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        try (KafkaConsumer<String, String> kafka = consumer) {
            kafka.subscribe(Topics.INDEXED.stream().map(config.kafka()::topic).toList());
            while (running) {
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                try {
                    records = kafka.poll(Duration.ofMillis(500));
                    metrics.lag(kafka, records);
                    if (records.isEmpty()) {
                        continue;
                    }
                    apply(records);
                    kafka.commitSync();
                    metrics.lag(kafka, ConsumerRecords.empty());
                    backoff = Duration.ofMillis(200);
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    // a broker restart, a rebalance during the commit, Elasticsearch away: read the batch again
                    LOG.warnf("indexing batch failed, retrying in %d ms: %s", backoff.toMillis(), e.getMessage());
                    rewind(records);
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("indexing consumer woken up unexpectedly", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("indexing consumer stopped", e);
        } finally {
            running = false;
        }
    }

    /** Indexes a batch, announces the matches of what arrived, then parks what could not be used. */
    private void apply(ConsumerRecords<String, String> records) throws Exception {
        long started = System.nanoTime();
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        BatchIndexer.Result result = batches.index(batch, index::alias);
        metrics.indexed(batch, result, Duration.ofNanos(System.nanoTime() - started));
        announcer.announce(result);
        for (BatchIndexer.Unusable poison : result.unusable()) {
            MDC.put(EVENT_ID, eventId(poison.record()));
            try {
                LOG.warnf("dead-lettering %s-%d@%d: %s", poison.record().topic(), poison.record().partition(),
                        poison.record().offset(), poison.reason());
                deadLetters.park(poison.record(), poison.reason());
            } finally {
                MDC.remove(EVENT_ID);
            }
        }
    }

    /** The writer's event id (record header), so log lines about one event can be found across services. */
    private static String eventId(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("event-id");
        return header == null ? "offset:" + record.topic() + "-" + record.partition() + "@" + record.offset()
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Seeks every partition of the failed batch back to its first record, so the batch is read again. */
    private void rewind(ConsumerRecords<String, String> records) {
        Set<TopicPartition> assigned = consumer.assignment();
        for (TopicPartition partition : records.partitions()) {
            if (!assigned.contains(partition)) {
                continue; // revoked by a rebalance meanwhile: its new owner reads on from the last commit
            }
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }
}

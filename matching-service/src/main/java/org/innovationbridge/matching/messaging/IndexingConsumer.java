package org.innovationbridge.matching.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.search.SearchIndex;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;

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

    private final MatchingConfig config;
    private final BatchIndexer batches;
    private final SearchIndex index;
    private final DeadLetters deadLetters;
    private final MatchAnnouncer announcer;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread worker;

    public IndexingConsumer(MatchingConfig config, BatchIndexer batches, SearchIndex index, DeadLetters deadLetters,
                            MatchAnnouncer announcer) {
        this.config = config;
        this.batches = batches;
        this.index = index;
        this.deadLetters = deadLetters;
        this.announcer = announcer;
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
                ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    apply(records);
                    kafka.commitSync();
                    backoff = Duration.ofMillis(200);
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
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
        BatchIndexer.Result result = batches.index(records, index::alias);
        announcer.announce(result.outcomes());
        for (BatchIndexer.Unusable poison : result.unusable()) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", poison.record().topic(), poison.record().partition(),
                    poison.record().offset(), poison.reason());
            deadLetters.park(poison.record(), poison.reason());
        }
    }

    /** Seeks every partition of the failed batch back to its first record, so the batch is read again. */
    private void rewind(ConsumerRecords<String, String> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }
}

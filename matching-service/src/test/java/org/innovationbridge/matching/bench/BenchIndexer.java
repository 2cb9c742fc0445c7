package org.innovationbridge.matching.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innovationbridge.matching.messaging.BatchIndexer;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The service's indexing loop over the benchmark topic: IndexingConsumer's consumer settings, and per polled
 * batch the service's own BatchIndexer (translate, embed the batch in one model call, one bulk write) followed
 * by the same synchronous commit. Three differences, each because the service's loop cannot run here as is or
 * would measure something else: it takes its partitions with {@code assign}, which skips the group join (the
 * service pays that once at start, not per event); it does not announce match.found events (that is one hybrid
 * ranking per arrival against the problem side, see the latency figures, and does not decide when a result
 * becomes searchable); and a record the service would dead-letter can only be a bug of the benchmark, so it
 * stops the run.
 */
final class BenchIndexer implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final BatchIndexer batches;
    private final SearchIndex index;
    private final Thread worker;
    private final Timings timings = new Timings();
    private volatile boolean running = true;
    private volatile Exception failure;

    /** Where the loop's time went, summed over its batches (written by the worker, read after it stopped). */
    static final class Timings {
        long batches;
        long records;
        long indexNanos;
        long commitNanos;
    }

    BenchIndexer(String bootstrapServers, String groupId, List<TopicPartition> partitions, BatchIndexer batches,
                 SearchIndex index) {
        this.batches = batches;
        this.index = index;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer());
        consumer.assign(partitions);
        worker = new Thread(this::run, "bench-indexer");
    }

    void start() {
        worker.start();
    }

    private void run() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    long t0 = System.nanoTime();
                    requireAllApplied(batches.index(records, index::alias));
                    long t1 = System.nanoTime();
                    consumer.commitSync();
                    timings.batches++;
                    timings.records += records.count();
                    timings.indexNanos += t1 - t0;
                    timings.commitNanos += System.nanoTime() - t1;
                }
            }
        } catch (WakeupException e) {
            if (running) {
                failure = e;
            }
        } catch (Exception e) {
            failure = e;
        }
    }

    private static void requireAllApplied(BatchIndexer.Result result) {
        if (!result.unusable().isEmpty()) {
            BatchIndexer.Unusable first = result.unusable().get(0);
            throw new IllegalStateException(result.unusable().size() + " unusable events, the first at offset "
                    + first.record().offset() + ": " + first.reason());
        }
        for (SearchIndex.Outcome outcome : result.outcomes()) {
            if (outcome.status() != SearchIndex.Status.APPLIED) {
                throw new IllegalStateException("write was " + outcome.status() + ": " + outcome.reason());
            }
        }
    }

    /** Throws what stopped the worker, if anything did. */
    void check() throws Exception {
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the loop and waits for it; then the timings are complete. */
    Timings stop() throws Exception {
        running = false;
        consumer.wakeup();
        worker.join(Duration.ofSeconds(30).toMillis());
        check();
        return timings;
    }

    @Override
    public void close() {
        consumer.close();
    }
}

package org.innovationbridge.matching.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innovationbridge.matching.messaging.EventTranslator;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service's IndexingConsumer loop over the benchmark topic, step for step: the same consumer settings,
 * and per polled batch the same apply (translate every record, embed the batch in one call, one bulk write)
 * followed by the same synchronous commit. IndexingConsumer cannot be reused as is: it starts from a CDI
 * startup event and subscribes to the real topics. Unlike the service it takes its partitions with
 * {@code assign}, which skips the group join: the service pays that once at start, not per event. A record
 * that the service would dead-letter can only be a bug of the benchmark here, so it stops the run.
 */
final class BenchIndexer implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final EventTranslator translator;
    private final Embedder embedder;
    private final SearchIndex index;
    private final Thread worker;
    private volatile boolean running = true;
    private volatile Exception failure;

    /** Where the indexer's time went, summed over its batches (written by the worker, read after it stopped). */
    static final class Timings {
        long batches;
        long records;
        long translateNanos;
        long embedNanos;
        long writeNanos;
        long commitNanos;
    }

    private final Timings timings = new Timings();

    BenchIndexer(String bootstrapServers, String groupId, List<TopicPartition> partitions,
                 EventTranslator translator, Embedder embedder, SearchIndex index) {
        this.translator = translator;
        this.embedder = embedder;
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
                    apply(records);
                    long t0 = System.nanoTime();
                    consumer.commitSync();
                    timings.commitNanos += System.nanoTime() - t0;
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

    private void apply(ConsumerRecords<String, String> records) {
        long t0 = System.nanoTime();
        List<SearchIndex.Write> writes = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            EventTranslator.Translation translation = translator.translate(record.value());
            if (translation.write() == null) {
                throw new IllegalStateException("poison event at offset " + record.offset() + ": "
                        + translation.poisonReason());
            }
            writes.add(translation.write());
        }
        long t1 = System.nanoTime();
        List<SearchIndex.Write> embedded = withEmbeddings(writes);
        long t2 = System.nanoTime();
        for (SearchIndex.Outcome outcome : index.write(embedded)) {
            if (outcome.status() != SearchIndex.Status.APPLIED) {
                throw new IllegalStateException("write was " + outcome.status() + ": " + outcome.reason());
            }
        }
        long t3 = System.nanoTime();
        timings.batches++;
        timings.records += records.count();
        timings.translateNanos += t1 - t0;
        timings.embedNanos += t2 - t1;
        timings.writeNanos += t3 - t2;
    }

    /** IndexingConsumer.withEmbeddings: the batch's texts go to the model in one call. */
    private List<SearchIndex.Write> withEmbeddings(List<SearchIndex.Write> writes) {
        List<String> texts = writes.stream()
                .map(w -> w.document().deleted() ? null : w.document().meaningText())
                .toList();
        List<float[]> vectors = embedder.documents(texts);
        List<SearchIndex.Write> embedded = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            SearchIndex.Write write = writes.get(i);
            embedded.add(vectors.get(i) == null ? write
                    : new SearchIndex.Write(write.kind(), write.document().withVector(vectors.get(i))));
        }
        return embedded;
    }

    /** Throws what stopped the worker, if anything did. */
    void check() throws Exception {
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the loop and waits for it, then the timings are complete. */
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

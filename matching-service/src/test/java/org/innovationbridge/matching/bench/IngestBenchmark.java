package org.innovationbridge.matching.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.messaging.BatchIndexer;
import org.innovationbridge.matching.messaging.EventTranslator;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingest throughput on the real path: result events produced to Kafka, consumed, translated, embedded by the
 * real model and bulk-written by the service's BatchIndexer, until a search sees all of them; and the model
 * alone on the same texts, once before and once after, so a change of the machine's load during the run shows
 * instead of passing for a difference between the two.
 * <p>
 * The events go to a topic of their own (the result topic under the benchmark's topic prefix, configured like
 * the real one): on the real, compacted topic they would stay for good, and the service and every index
 * rebuild would pick them up.
 */
final class IngestBenchmark {
    private static final int PARTITIONS = 3;
    /** The consumer's max.poll.records: the model-only run embeds in batches of the same size. */
    private static final int BATCH = 500;
    private static final long POLL_MS = 20;

    private final String bootstrapServers;
    private final String topic;
    private final String group;
    private final SearchIndex index;
    private final BenchIndexes indexes;
    private final EventTranslator translator;
    private final Embedder embedder;
    private final SyntheticCorpus corpus;

    IngestBenchmark(MatchingConfig config, SearchIndex index, BenchIndexes indexes, EventTranslator translator,
                    Embedder embedder, SyntheticCorpus corpus) {
        this.bootstrapServers = config.kafka().bootstrapServers();
        this.topic = config.kafka().topic(Topics.RESULT_EVENTS);
        this.group = config.kafka().groupId();
        this.index = index;
        this.indexes = indexes;
        this.translator = translator;
        this.embedder = embedder;
        this.corpus = corpus;
    }

    /** The figures of one run; {@code embedSeconds} is the part of the indexer's time spent in the model. */
    record Figures(String topic, int events, double produceSeconds, double searchableSeconds,
                   BenchIndexer.Timings indexer, double embedSeconds, double modelBeforeSeconds,
                   double modelAfterSeconds, SystemLoad load) {
    }

    Figures run(int count) throws Exception {
        List<String> events = new ArrayList<>(count);
        List<UUID> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = ResultEvents.idOf(SyntheticCorpus.Stream.INGEST, i);
            ids.add(id);
            events.add(ResultEvents.published(id, corpus.result(SyntheticCorpus.Stream.INGEST, i)));
        }
        indexes.recreate(index);
        resetTopic();
        SystemLoad load = SystemLoad.starting();
        double modelBefore = modelAlone(events);

        TimedEmbedder timed = new TimedEmbedder(embedder);
        BatchIndexer batches = new BatchIndexer(translator, timed, index);
        BenchIndexer.Timings timings;
        double produced;
        double searchable;
        try (BenchIndexer indexer = new BenchIndexer(bootstrapServers, group, partitions(), batches, index);
             KafkaProducer<String, String> producer = producer()) {
            indexer.start();
            long started = System.nanoTime();
            produce(producer, ids, events);
            produced = (System.nanoTime() - started) / 1e9;
            long seen = 0;
            while (seen < count) {
                indexer.check();
                Thread.sleep(POLL_MS);
                long now = indexes.searchable(index);
                if (now != seen) {
                    Progress.show("searchable", now, count);
                    seen = now;
                }
            }
            searchable = (System.nanoTime() - started) / 1e9;
            timings = indexer.stop();
        }
        double modelAfter = modelAlone(events);
        return new Figures(topic, count, produced, searchable, timings, timed.seconds(), modelBefore, modelAfter,
                load.ended());
    }

    /** The embedding model on the very texts the indexer embedded, in batches of the consumer's poll size. */
    private double modelAlone(List<String> events) {
        List<String> texts = events.stream()
                .map(e -> translator.translate(e).write().document().meaningText())
                .toList();
        long started = System.nanoTime();
        for (int from = 0; from < texts.size(); from += BATCH) {
            int to = Math.min(from + BATCH, texts.size());
            embedder.documents(texts.subList(from, to));
            Progress.show("model alone", to, texts.size());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Created before the clock starts: connecting is not part of the throughput. */
    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Sends every event keyed by its aggregate id, as the outbox relays do, and waits until all are acknowledged. */
    private void produce(KafkaProducer<String, String> producer, List<UUID> ids, List<String> events)
            throws Exception {
        AtomicReference<Exception> failed = new AtomicReference<>();
        for (int i = 0; i < events.size(); i++) {
            producer.send(new ProducerRecord<>(topic, ids.get(i).toString(), events.get(i)), (meta, e) -> {
                if (e != null) {
                    failed.compareAndSet(null, e);
                }
            });
        }
        producer.flush();
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** Deletes the topic and the group's offsets of an earlier run and creates the topic again, empty. */
    private void resetTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ignoring(GroupIdNotFoundException.class, () -> admin.deleteConsumerGroups(List.of(group)).all()
                    .get(30, TimeUnit.SECONDS));
            ignoring(UnknownTopicOrPartitionException.class, () -> admin.deleteTopics(List.of(topic)).all()
                    .get(30, TimeUnit.SECONDS));
            // Deletion completes in the background; until it has, creating the topic again is refused.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1)
                            .configs(Topics.configOf(Topics.RESULT_EVENTS)))).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    void dropTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ignoring(GroupIdNotFoundException.class, () -> admin.deleteConsumerGroups(List.of(group)).all()
                    .get(30, TimeUnit.SECONDS));
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        }
    }

    private List<TopicPartition> partitions() {
        List<TopicPartition> partitions = new ArrayList<>(PARTITIONS);
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new TopicPartition(topic, p));
        }
        return partitions;
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void ignoring(Class<? extends Exception> expected, Action action) throws Exception {
        try {
            action.run();
        } catch (ExecutionException e) {
            if (!expected.isInstance(e.getCause())) {
                throw e;
            }
        }
    }
}

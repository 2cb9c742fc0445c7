package org.innovationbridge.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.SearchIndex;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds both indexes from the topics alone: replays every partition from its beginning into new indexes,
 * swaps the aliases, then replays what arrived meanwhile. The live consumer keeps writing through the aliases
 * all along; versioned writes make the double delivery harmless, so nothing is lost in the swap.
 */
@ApplicationScoped
public class IndexRebuilder {
    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);

    private final MatchingConfig config;
    private final BatchIndexer batches;
    private final SearchIndex index;

    public IndexRebuilder(MatchingConfig config, BatchIndexer batches, SearchIndex index) {
        this.config = config;
        this.batches = batches;
        this.index = index;
    }

    public record Report(Map<DocumentKind, String> indexes, Map<DocumentKind, List<String>> replaced,
                         long eventsReplayed, long unusableSkipped, long millis) {
    }

    public synchronized Report rebuild() throws IOException {
        long started = System.currentTimeMillis();
        Map<DocumentKind, String> targets = new EnumMap<>(DocumentKind.class);
        Map<DocumentKind, List<String>> previous = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            targets.put(kind, index.versionedIndex(kind) + "-" + started);
            previous.put(kind, index.aliasedIndexes(kind));
            index.createIndex(targets.get(kind));
        }
        long[] counts = new long[2];
        try (KafkaConsumer<String, String> replay = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.INDEXED) {
                replay.partitionsFor(config.kafka().topic(topic), Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            replay.assign(partitions);
            replay.seekToBeginning(partitions);
            replayUntil(replay, replay.endOffsets(partitions), targets, counts);
            for (DocumentKind kind : DocumentKind.values()) {
                index.swapAlias(kind, targets.get(kind));
            }
            replayUntil(replay, replay.endOffsets(partitions), targets, counts);
        }
        for (DocumentKind kind : DocumentKind.values()) {
            index.deleteIndexes(previous.get(kind));
        }
        Report report = new Report(targets, previous, counts[0], counts[1], System.currentTimeMillis() - started);
        LOG.infof("indexes rebuilt: %s", report);
        return report;
    }

    private void replayUntil(KafkaConsumer<String, String> replay, Map<TopicPartition, Long> end,
                             Map<DocumentKind, String> targets, long[] counts) {
        while (end.entrySet().stream().anyMatch(e -> replay.position(e.getKey()) < e.getValue())) {
            ConsumerRecords<String, String> records = replay.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            BatchIndexer.Result result = batches.index(records, targets::get);
            counts[0] += records.count();
            counts[1] += result.unusable().size(); // already dead-lettered by the live consumer
            for (BatchIndexer.Unusable unusable : result.unusable()) {
                ConsumerRecord<String, String> r = unusable.record();
                LOG.debugf("rebuild skips %s-%d@%d: %s", r.topic(), r.partition(), r.offset(), unusable.reason());
            }
        }
    }
}

package org.innovationbridge.matching.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the indexing consumer does, as meters: lag per assigned partition (records not yet in the index), how long an event took from the writer's commit to the index, and what each event did to the index.
 * {@code ib_matching_events_total{outcome="applied"}} summed over all instances equals the number of
 * distinct event versions, however often Kafka delivered them.
 */
@Singleton
public class IndexingMetrics {
    private final MeterRegistry registry;
    private final Timer latency;
    private final Timer batches;
    private final Map<SearchIndex.Status, Counter> outcomes = new EnumMap<>(SearchIndex.Status.class);
    private final Counter unreadable;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Gauge> lagGauges = new ConcurrentHashMap<>();

    public IndexingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("ib.matching.indexing.latency")
                .description("From the event's Kafka timestamp to its write into Elasticsearch")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        this.batches = Timer.builder("ib.matching.indexing.batch")
                .description("Translating, embedding and bulk-writing one polled batch")
                .register(registry);
        for (SearchIndex.Status status : SearchIndex.Status.values()) {
            outcomes.put(status, Counter.builder("ib.matching.events")
                    .description("Events by what they did to the index: applied, outdated (a duplicate or older version), rejected")
                    .tag("outcome", status.name().toLowerCase())
                    .register(registry));
        }
        this.unreadable = Counter.builder("ib.matching.events")
                .tag("outcome", "unreadable")
                .register(registry);
    }

    /**
     * Called on the consumer's thread (a consumer may only be used from its own thread) after each poll with the
     * records polled, and after each commit with none: records fetched but not yet indexed and committed count
     * as lag too, so 0 means everything the partition holds is in the index.
     */
    void lag(Consumer<?, ?> consumer, ConsumerRecords<?, ?> inFlight) {
        Set<TopicPartition> assigned = consumer.assignment();
        for (TopicPartition partition : assigned) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                lags.computeIfAbsent(partition, this::registerLag)
                        .set(lag.getAsLong() + inFlight.records(partition).size());
            }
        }
        for (TopicPartition gone : Set.copyOf(lags.keySet())) {
            if (!assigned.contains(gone)) {
                lags.remove(gone);
                registry.remove(lagGauges.remove(gone));
            }
        }
    }

    private AtomicLong registerLag(TopicPartition partition) {
        AtomicLong value = new AtomicLong();
        lagGauges.put(partition, Gauge.builder("ib.matching.consumer.lag", value, AtomicLong::get)
                .description("Records of the partition this instance has not consumed yet")
                .tags(Tags.of("topic", partition.topic(), "partition", Integer.toString(partition.partition())))
                .register(registry));
        return value;
    }

    void indexed(List<ConsumerRecord<String, String>> records, BatchIndexer.Result result, Duration took) {
        batches.record(took);
        long now = System.currentTimeMillis();
        for (ConsumerRecord<String, String> record : records) {
            latency.record(Duration.ofMillis(Math.max(0, now - record.timestamp())));
        }
        int rejected = 0;
        for (SearchIndex.Outcome outcome : result.outcomes()) {
            outcomes.get(outcome.status()).increment();
            if (outcome.status() == SearchIndex.Status.REJECTED) {
                rejected++;
            }
        }
        unreadable.increment(result.unusable().size() - rejected);
    }
}

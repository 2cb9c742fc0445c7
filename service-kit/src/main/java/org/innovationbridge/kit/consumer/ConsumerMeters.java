package org.innovationbridge.kit.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One consumer's meters, tagged with its name: events applied (a duplicate the handler drops counts too, as it
 * went through), events dead-lettered, restarts after failures, and its lag.
 */
final class ConsumerMeters {
    private final Counter applied;
    private final Counter deadLettered;
    private final Counter restarts;
    private final AtomicLong lag = new AtomicLong();

    ConsumerMeters(MeterRegistry registry, String consumer) {
        applied = Counter.builder("ib.consumer.events").tag("consumer", consumer).tag("outcome", "applied")
                .description("Events the consumer's handler took, or parked on the dead-letter topic")
                .register(registry);
        deadLettered = Counter.builder("ib.consumer.events").tag("consumer", consumer).tag("outcome", "dead_lettered")
                .register(registry);
        restarts = Counter.builder("ib.consumer.restarts").tag("consumer", consumer)
                .description("Times the consumer failed and started again after a back-off")
                .register(registry);
        Gauge.builder("ib.consumer.lag", lag, AtomicLong::get).tag("consumer", consumer)
                .description("Records of its assigned partitions the consumer has not applied and committed yet")
                .register(registry);
    }

    void applied() {
        applied.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void restarted() {
        restarts.increment();
    }

    /**
     * On the consumer's own thread (a Kafka consumer is single-threaded), after a poll with what it fetched and
     * after a commit with nothing: fetched but uncommitted records count as lag.
     */
    void lag(Consumer<?, ?> consumer, ConsumerRecords<?, ?> inFlight) {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong behind = consumer.currentLag(partition);
            total += behind.orElse(0) + inFlight.records(partition).size();
        }
        lag.set(total);
    }
}

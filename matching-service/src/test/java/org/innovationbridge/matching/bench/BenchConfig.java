package org.innovationbridge.matching.bench;

import org.innovationbridge.matching.config.MatchingConfig;

import java.time.Duration;
import java.util.Optional;

/**
 * The configuration the benchmark hands to the components it builds without CDI: its own index prefix and
 * topic prefix, so the benchmark's indexes and events never mix with the service's or the tests' on the shared
 * cluster and broker.
 */
record BenchConfig(String indexPrefix, String bootstrapServers) implements MatchingConfig {
    static final String TOPIC_PREFIX = "bench.";

    @Override
    public Kafka kafka() {
        return new Kafka() {
            @Override
            public String bootstrapServers() {
                return bootstrapServers;
            }

            @Override
            public String groupId() {
                return "bench-matching-indexer";
            }

            @Override
            public Optional<String> topicPrefix() {
                return Optional.of(TOPIC_PREFIX);
            }

            @Override
            public int partitions() {
                return 3;
            }

            @Override
            public short replicationFactor() {
                return 1;
            }

            @Override
            public Duration sessionTimeout() {
                return Duration.ofSeconds(15);
            }

            @Override
            public boolean consumerEnabled() {
                return false;
            }
        };
    }

    @Override
    public Search search() {
        return new Search() {
            @Override
            public Optional<String> indexPrefix() {
                return Optional.of(indexPrefix);
            }

            @Override
            public Optional<Integer> shards() {
                return Optional.empty();
            }

            @Override
            public Optional<Integer> replicas() {
                return Optional.empty();
            }
        };
    }
}

package org.innovationbridge.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.innovationbridge.kit.outbox.KafkaConfig;

import java.util.Optional;

@ConfigMapping(prefix = "ib")
public interface MatchingConfig {
    Kafka kafka();

    Search search();

    /** The kit's Kafka settings (address, topic prefix, topic shape) and the consumer's own. */
    interface Kafka extends KafkaConfig {
        String groupId();

        /** How soon the group notices a consumer that died without leaving, and gives its partitions to others. */
        @WithDefault("15s")
        java.time.Duration sessionTimeout();

        /** Whether the indexing consumer runs in this instance. */
        @WithDefault("true")
        boolean consumerEnabled();
    }

    interface Search {
        /** Prepended to every alias and index name, so tests and environments can share one cluster. */
        Optional<String> indexPrefix();

        /** Primary shards of a new index (the mapping's 1 unless set): a cluster spreads an index over its nodes. */
        Optional<Integer> shards();

        /** Copies of each shard of a new index (the mapping's 0 unless set): 1 or more on a cluster. */
        Optional<Integer> replicas();
    }
}

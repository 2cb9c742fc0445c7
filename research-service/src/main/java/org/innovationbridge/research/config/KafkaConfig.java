package org.innovationbridge.research.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

@ConfigMapping(prefix = "ib.kafka")
public interface KafkaConfig {
    String bootstrapServers();

    /** Prepended to every topic name, so the tests of one service publish where no other service reads. */
    Optional<String> topicPrefix();

    default String topic(String name) {
        return topicPrefix().orElse("") + name;
    }

    /** Partitions of the topics this service creates when they are missing. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of those topics: 1 on the local single-broker stack, 3 on a cluster. */
    @WithDefault("1")
    short replicationFactor();
}

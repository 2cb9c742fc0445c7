package org.innovationbridge.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where a service's producer and topic provisioning reach Kafka, and how the topics it creates are shaped. */
@ConfigMapping(prefix = "ib.kafka")
public interface KafkaConfig {
    /** Kafka's own default; every service sets it from its environment. */
    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** Prepended to every topic name, so separate environments (or one module's tests) can share one cluster. */
    Optional<String> topicPrefix();

    default String topic(String name) {
        return topicPrefix().orElse("") + name;
    }

    /** Partitions of the topics a service creates when they are missing. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of those topics: 1 on the local single-broker stack, 3 on a cluster. */
    @WithDefault("1")
    short replicationFactor();
}

package org.innovationbridge.matching.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.innovationbridge.matching.config.MatchingConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the consumed topics and the dead-letter topic when missing, before the consumer subscribes:
 * a subscription to a topic that does not exist yet would only be noticed at the next metadata refresh.
 */
@ApplicationScoped
public class TopicProvisioner {
    private final MatchingConfig config;

    public TopicProvisioner(MatchingConfig config) {
        this.config = config;
    }

    void createMissing(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) throws Exception {
        List<String> topics = new ArrayList<>(Topics.INDEXED);
        topics.add(Topics.DEAD_LETTER);
        topics.add(Topics.MATCH_EVENTS);
        topics.add(Topics.PAIRING_EVENTS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.kafka().bootstrapServers()))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(config.kafka().topic(topic), config.kafka().partitions(),
                            config.kafka().replicationFactor()).configs(Topics.configOf(topic))))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}

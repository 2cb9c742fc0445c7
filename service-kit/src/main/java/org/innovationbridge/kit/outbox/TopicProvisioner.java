package org.innovationbridge.kit.outbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the service's topics with their partitions, replication and configuration when they do not exist yet,
 * before anything else starts: a consumer subscribing to a topic that does not exist yet would only notice it at
 * the next metadata refresh.
 */
@ApplicationScoped
public class TopicProvisioner {
    private final KafkaConfig kafka;
    private final OutboxRouting routing;

    public TopicProvisioner(KafkaConfig kafka, OutboxRouting routing) {
        this.kafka = kafka;
        this.routing = routing;
    }

    void createMissing(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            for (Map.Entry<String, Map<String, String>> topic : routing.topics().entrySet()) {
                try {
                    admin.createTopics(List.of(new NewTopic(kafka.topic(topic.getKey()), kafka.partitions(),
                                    kafka.replicationFactor()).configs(topic.getValue())))
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

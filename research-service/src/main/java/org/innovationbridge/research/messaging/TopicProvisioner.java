package org.innovationbridge.research.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.innovationbridge.research.config.KafkaConfig;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Creates this service's topics with their partitions, replication and retention when they do not exist yet. */
@ApplicationScoped
public class TopicProvisioner {
    private final KafkaConfig kafka;

    public TopicProvisioner(KafkaConfig kafka) {
        this.kafka = kafka;
    }

    void createMissing(@Observes StartupEvent start) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            for (String topic : Topics.ALL) {
                try {
                    admin.createTopics(List.of(new NewTopic(kafka.topic(topic), kafka.partitions(), kafka.replicationFactor())
                                    .configs(Topics.CONFIG)))
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

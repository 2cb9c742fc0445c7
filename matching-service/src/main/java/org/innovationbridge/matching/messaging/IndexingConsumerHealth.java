package org.innovationbridge.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.innovationbridge.matching.config.MatchingConfig;

/** Live only while the indexing consumer runs: a dead consumer would silently stop the index, so restart us. */
@Liveness
@ApplicationScoped
public class IndexingConsumerHealth implements HealthCheck {
    private final IndexingConsumer consumer;
    private final MatchingConfig config;

    public IndexingConsumerHealth(IndexingConsumer consumer, MatchingConfig config) {
        this.consumer = consumer;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean expected = config.kafka().consumerEnabled();
        return HealthCheckResponse.named("indexing-consumer")
                .status(!expected || consumer.isRunning())
                .withData("enabled", expected)
                .build();
    }
}

package org.innovationbridge.kit.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import java.util.Map;

/**
 * Live while every consumer's loop runs: a loop that ended would silently stop what the service keeps from other
 * services, so restart it. A loop that keeps failing (its database away) is still live, with its failures as data.
 */
@Liveness
@ApplicationScoped
public class EventConsumersHealth implements HealthCheck {
    private final EventConsumers consumers;

    public EventConsumersHealth(EventConsumers consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, Integer> states = consumers.states();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("event-consumers")
                .withData("enabled", consumers.expected());
        states.forEach((name, failures) -> health.withData(name, failures == null ? "stopped"
                : failures == 0 ? "consuming" : "restarting after " + failures + " failures"));
        return health.status(!consumers.expected() || !states.containsValue(null)).build();
    }
}

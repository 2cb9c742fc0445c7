package org.innovationbridge.enterprise.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.kit.outbox.OutboxRouting;

import java.util.Map;

/**
 * This service's part of the kit's outbox: its aggregate types and the topics their events go to; and every topic
 * it creates at start, those its consumer reads included.
 */
@ApplicationScoped
public class OutboxRoutes implements OutboxRouting {
    /** Aggregate types, the envelope's {@code aggregateType}. */
    public static final String ENTERPRISE = "enterprise";
    public static final String PROBLEM = "problem";

    @Override
    public String topicOf(String aggregateType) {
        return switch (aggregateType) {
            case ENTERPRISE -> Topics.ENTERPRISE_EVENTS;
            case PROBLEM -> Topics.PROBLEM_EVENTS;
            default -> throw new IllegalArgumentException("no topic for aggregate type " + aggregateType);
        };
    }

    @Override
    public Map<String, Map<String, String>> topics() {
        return Map.of(Topics.ENTERPRISE_EVENTS, Topics.CONFIG, Topics.PROBLEM_EVENTS, Topics.CONFIG,
                Topics.CONTACT_EVENTS, Topics.CONFIG, Topics.DEAD_LETTER, Topics.DEAD_LETTER_CONFIG);
    }
}

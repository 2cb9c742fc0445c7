package org.innovationbridge.research.messaging;

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
    public static final String INSTITUTION = "institution";
    public static final String RESULT = "result";

    @Override
    public String topicOf(String aggregateType) {
        return switch (aggregateType) {
            case INSTITUTION -> Topics.INSTITUTION_EVENTS;
            case RESULT -> Topics.RESULT_EVENTS;
            default -> throw new IllegalArgumentException("no topic for aggregate type " + aggregateType);
        };
    }

    @Override
    public Map<String, Map<String, String>> topics() {
        return Map.of(Topics.INSTITUTION_EVENTS, Topics.CONFIG, Topics.RESULT_EVENTS, Topics.CONFIG,
                Topics.CONTACT_EVENTS, Topics.CONFIG, Topics.DEAD_LETTER, Topics.DEAD_LETTER_CONFIG);
    }
}

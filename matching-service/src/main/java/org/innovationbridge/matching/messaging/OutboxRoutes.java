package org.innovationbridge.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.kit.outbox.OutboxRouting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * This service's part of the kit's outbox: the aggregate types it records, and every topic it needs at start,
 * the consumed ones included, so they exist before the consumer subscribes.
 */
@ApplicationScoped
public class OutboxRoutes implements OutboxRouting {
    /** Aggregate type of a matchmaking event; its events go to {@link Topics#PAIRING_EVENTS}. */
    public static final String MATCHMAKING_EVENT = "matchmaking-event";
    /** Aggregate type of a contact grant; its events go to {@link Topics#CONTACT_EVENTS}. */
    public static final String CONTACT_GRANT = "contact-grant";

    @Override
    public String topicOf(String aggregateType) {
        return switch (aggregateType) {
            case MATCHMAKING_EVENT -> Topics.PAIRING_EVENTS;
            case CONTACT_GRANT -> Topics.CONTACT_EVENTS;
            default -> throw new IllegalArgumentException("no topic for aggregate type " + aggregateType);
        };
    }

    @Override
    public Map<String, Map<String, String>> topics() {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        for (String topic : Topics.INDEXED) {
            topics.put(topic, Topics.configOf(topic));
        }
        for (String topic : List.of(Topics.DEAD_LETTER, Topics.MATCH_EVENTS, Topics.PAIRING_EVENTS, Topics.CONTACT_EVENTS)) {
            topics.put(topic, Topics.configOf(topic));
        }
        return topics;
    }
}

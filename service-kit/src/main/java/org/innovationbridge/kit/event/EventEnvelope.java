package org.innovationbridge.kit.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The versioned envelope of every event on the platform's topics (schema {@value #SCHEMA}); its pinned example
 * is {@code contract/problem-event-v1.json} in this jar. The payload is the aggregate's full state after the change
 * (only what identifies it for a deletion), so a consumer can apply any event on its own and ignore versions older
 * than what it holds.
 */
public record EventEnvelope(
        String schema,
        UUID eventId,
        String eventType,
        String aggregateType,
        UUID aggregateId,
        long aggregateVersion,
        OffsetDateTime occurredAt,
        JsonNode payload) {

    public static final String SCHEMA = "ib.event.v1";
}

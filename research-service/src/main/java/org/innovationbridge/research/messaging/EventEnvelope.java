package org.innovationbridge.research.messaging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The versioned envelope of every event on the platform's topics (schema {@value #SCHEMA}).
 * The payload is the aggregate's full state after the change (only the id for a deletion), so a
 * consumer can apply any event on its own and ignore versions older than what it holds.
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
    public static final String INSTITUTION = "institution";
    public static final String RESULT = "result";
}

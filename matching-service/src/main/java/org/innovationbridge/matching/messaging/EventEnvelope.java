package org.innovationbridge.matching.messaging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The platform's event envelope (schema {@value #SCHEMA}), as the writers' relays publish it. */
public record EventEnvelope(String schema, UUID eventId, String eventType, String aggregateType, UUID aggregateId,
                            long aggregateVersion, OffsetDateTime occurredAt, JsonNode payload) {
    public static final String SCHEMA = "ib.event.v1";
    /** Aggregate type of a matchmaking event; its events go to {@link Topics#PAIRING_EVENTS}. */
    public static final String MATCHMAKING_EVENT = "matchmaking-event";
}

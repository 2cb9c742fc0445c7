package org.innovationbridge.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Writes events into the outbox inside the caller's transaction, so the change and its event commit together. */
@ApplicationScoped
public class OutboxRecorder {
    private final ObjectMapper json;

    public OutboxRecorder(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, UUID aggregateId, long aggregateVersion, String eventType, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.aggregateVersion = aggregateVersion;
        event.eventType = eventType;
        event.occurredAt = OffsetDateTime.now();
        event.payload = json.valueToTree(payload).toString();
        event.persist();
        return event.eventId;
    }
}

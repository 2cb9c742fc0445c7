package org.innovationbridge.kit.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of the transactional outbox ({@code outbox_event}): an event committed with its change. */
public record OutboxEvent(
        long seq,
        UUID eventId,
        String aggregateType,
        UUID aggregateId,
        long aggregateVersion,
        String eventType,
        String payload,
        OffsetDateTime occurredAt) {
}

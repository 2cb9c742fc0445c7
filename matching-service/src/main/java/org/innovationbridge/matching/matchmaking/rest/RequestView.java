package org.innovationbridge.matching.matchmaking.rest;

import org.innovationbridge.matching.matchmaking.domain.MeetingRequest;
import org.innovationbridge.matching.matchmaking.domain.RequestStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RequestView(UUID id, UUID eventId, UUID fromParticipantId, UUID toParticipantId, RequestStatus status,
                          OffsetDateTime createdAt, OffsetDateTime decidedAt) {
    static RequestView of(MeetingRequest r) {
        return new RequestView(r.id, r.eventId, r.fromParticipantId, r.toParticipantId, r.status, r.createdAt,
                r.decidedAt);
    }
}

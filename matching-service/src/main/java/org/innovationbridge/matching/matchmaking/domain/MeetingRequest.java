package org.innovationbridge.matching.matchmaking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One participant asking to meet another; an accepted request is paired before anything ranked. */
@Entity
@Table(name = "mm_request")
public class MeetingRequest {
    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "from_participant_id")
    public UUID fromParticipantId;
    @Column(name = "to_participant_id")
    public UUID toParticipantId;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}

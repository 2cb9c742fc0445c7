package org.innovationbridge.matching.matchmaking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The organiser's rule about a pair: they must meet, or they must never be paired (and why). */
@Entity
@Table(name = "mm_pair_rule")
public class PairRule {
    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public RuleKind kind;
    @Column(name = "participant_a")
    public UUID participantA;
    @Column(name = "participant_b")
    public UUID participantB;
    @Enumerated(EnumType.STRING)
    public BlockReason reason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public boolean involves(UUID participant) {
        return participant.equals(participantA) || participant.equals(participantB);
    }
}

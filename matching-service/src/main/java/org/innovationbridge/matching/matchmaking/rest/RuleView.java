package org.innovationbridge.matching.matchmaking.rest;

import org.innovationbridge.matching.matchmaking.domain.BlockReason;
import org.innovationbridge.matching.matchmaking.domain.PairRule;
import org.innovationbridge.matching.matchmaking.domain.RuleKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A must-meet or a block; blocks carry their reason. */
public record RuleView(UUID id, UUID eventId, RuleKind kind, UUID participantA, UUID participantB, BlockReason reason,
                       OffsetDateTime createdAt) {
    static RuleView of(PairRule r) {
        return new RuleView(r.id, r.eventId, r.kind, r.participantA, r.participantB, r.reason, r.createdAt);
    }
}

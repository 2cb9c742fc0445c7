package org.innovationbridge.matching.cooperation.rest;

import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.matching.cooperation.domain.Connection;
import org.innovationbridge.matching.cooperation.domain.ConnectionStatus;
import org.innovationbridge.matching.cooperation.domain.DeclineReason;
import org.innovationbridge.matching.cooperation.domain.ItemKind;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A connection request as one of its sides or the bureau reads it. The owner of a confidential problem is named to
 * the organisation asking about it only once it has accepted; until then {@code receiver} is null for the asker.
 */
public record ConnectionView(UUID id, ConnectionStatus status, Organisation requester, Organisation receiver,
                             Item fromItem, Item toItem, String message, List<String> cooperationModes,
                             Match explanation, OffsetDateTime createdAt, OffsetDateTime answeredAt,
                             DeclineReason declineReason, String declineNote, boolean contactGranted,
                             UUID cooperationId) {

    public record Organisation(OrganisationType type, UUID id, String name) {
    }

    public record Item(ItemKind kind, UUID id, String title) {
    }

    /** The ranker's view of the pair when the request was sent. */
    public record Match(Double score, String strength, List<String> matchedTerms) {
    }

    static ConnectionView of(Connection c, ConnectionStatus status, Caller caller, UUID cooperationId) {
        boolean ownerHidden = c.toAnonymous && status != ConnectionStatus.ACCEPTED && !caller.oversees()
                && !caller.represents(c.receiverId);
        return new ConnectionView(c.id, status,
                new Organisation(c.requesterType, c.requesterId, c.requesterName),
                ownerHidden ? null : new Organisation(c.receiverType, c.receiverId, c.receiverName),
                new Item(c.fromKind, c.fromItemId, c.fromTitle), new Item(c.toKind, c.toItemId, c.toTitle),
                c.message, c.cooperationModes,
                c.matchScore == null ? null : new Match(c.matchScore, c.matchStrength, c.matchedTerms),
                c.createdAt, c.answeredAt, c.declineReason, c.declineNote,
                status == ConnectionStatus.ACCEPTED && c.grantRevokedAt == null, cooperationId);
    }
}

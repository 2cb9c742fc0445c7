package org.innovationbridge.matching.cooperation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.innovationbridge.matching.matchmaking.domain.OrganisationType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One organisation asking the owner of a matched item for a connection (对接申请), about one item of its own.
 * Names and titles are kept as they were when asked, so the receiver reads what the requester saw.
 */
@Entity
@Table(name = "cx_connection")
public class Connection {
    @Id
    public UUID id;
    @Version
    public long version;
    @Enumerated(EnumType.STRING)
    public ConnectionStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "requester_type")
    public OrganisationType requesterType;
    @Column(name = "requester_id")
    public UUID requesterId;
    @Column(name = "requester_account")
    public UUID requesterAccount;
    @Column(name = "requester_name")
    public String requesterName;
    @Enumerated(EnumType.STRING)
    @Column(name = "receiver_type")
    public OrganisationType receiverType;
    @Column(name = "receiver_id")
    public UUID receiverId;
    @Column(name = "receiver_name")
    public String receiverName;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_kind")
    public ItemKind fromKind;
    @Column(name = "from_item_id")
    public UUID fromItemId;
    @Column(name = "from_title")
    public String fromTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_kind")
    public ItemKind toKind;
    @Column(name = "to_item_id")
    public UUID toItemId;
    @Column(name = "to_title")
    public String toTitle;
    @Column(name = "to_anonymous")
    public boolean toAnonymous;
    public String message;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes")
    public List<String> cooperationModes;
    @Column(name = "match_score")
    public Double matchScore;
    @Column(name = "match_strength")
    public String matchStrength;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "matched_terms")
    public List<String> matchedTerms;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;
    @Column(name = "decline_note")
    public String declineNote;
    @Column(name = "grant_revoked_at")
    public OffsetDateTime grantRevokedAt;

    /** True if the organisation is one of the two sides. */
    public boolean joins(UUID organisationId) {
        return requesterId.equals(organisationId) || receiverId.equals(organisationId);
    }
}

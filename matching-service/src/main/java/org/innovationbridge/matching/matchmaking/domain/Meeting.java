package org.innovationbridge.matching.matchmaking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One meeting of the pairing: an enterprise and an institution, the item pair it is about, its score and
 * reasons; once scheduled a slot and a table (or, when it could not be placed, the reason instead).
 */
@Entity
@Table(name = "mm_meeting")
public class Meeting {
    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "enterprise_participant_id")
    public UUID enterpriseParticipantId;
    @Column(name = "institution_participant_id")
    public UUID institutionParticipantId;
    @Column(name = "problem_id")
    public String problemId;
    @Column(name = "result_id")
    public String resultId;
    public String topic;
    public double score;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> reasons;
    @Enumerated(EnumType.STRING)
    public MeetingSource source;
    public Integer slot;
    @Column(name = "table_no")
    public Integer table;
    public boolean locked;
    @Column(name = "unplaced_reason")
    public String unplacedReason;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "outcome_note")
    public String outcomeNote;
    @Column(name = "outcome_at")
    public OffsetDateTime outcomeAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public boolean placed() {
        return slot != null && table != null;
    }

    public boolean involves(UUID participant) {
        return participant.equals(enterpriseParticipantId) || participant.equals(institutionParticipantId);
    }
}

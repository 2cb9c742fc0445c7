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
 * An enterprise with the problems it brings, or an institution with its results. Names and titles are copied
 * from the indexes at registration, so the agenda still reads right if an item is later withdrawn.
 */
@Entity
@Table(name = "mm_participant")
public class Participant {
    @Id
    public UUID id;
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    public OrganisationType organisationType;
    @Column(name = "organisation_id")
    public UUID organisationId;
    public String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_ids")
    public List<String> itemIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_titles")
    public List<String> itemTitles;
    @Column(name = "min_meetings")
    public int minMeetings;
    @Column(name = "max_meetings")
    public int maxMeetings;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "unavailable_slots")
    public List<Integer> unavailableSlots;
    @Column(name = "auto_accept")
    public boolean autoAccept;
    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public boolean active() {
        return cancelledAt == null;
    }

    public String titleOf(String itemId) {
        int i = itemIds.indexOf(itemId);
        return i < 0 ? null : itemTitles.get(i);
    }
}

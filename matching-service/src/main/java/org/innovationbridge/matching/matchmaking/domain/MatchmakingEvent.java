package org.innovationbridge.matching.matchmaking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A matchmaking event (对接会): its slots and tables, its defaults, and what pairing and scheduling found. */
@Entity
@Table(name = "mm_event")
public class MatchmakingEvent {
    @Id
    public UUID id;
    @Version
    public long version;
    @Column(name = "organiser_id")
    public UUID organiserId;
    public String name;
    @Enumerated(EnumType.STRING)
    public EventKind kind;
    public String venue;
    @Column(name = "event_date")
    public LocalDate date;
    @Column(name = "slot_start")
    public LocalTime slotStart;
    @Column(name = "slot_minutes")
    public int slotMinutes;
    @Column(name = "slot_count")
    public int slotCount;
    /** Breaks as two parallel lists: after which slot, how many minutes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "break_after_slots")
    public List<Integer> breakAfterSlots;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "break_minutes")
    public List<Integer> breakMinutes;
    @Column(name = "table_count")
    public int tables;
    @Column(name = "room_url_template")
    public String roomUrlTemplate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_chains")
    public List<String> focusChains;
    @Column(name = "default_min_meetings")
    public int defaultMinMeetings;
    @Column(name = "default_max_meetings")
    public int defaultMaxMeetings;
    @Enumerated(EnumType.STRING)
    public EventStatus status;
    @Column(name = "total_score")
    public Double totalScore;
    @Column(name = "greedy_total_score")
    public Double greedyTotalScore;
    @Column(name = "paired_at")
    public OffsetDateTime pairedAt;
    @Column(name = "slots_used")
    public Integer slotsUsed;
    @Column(name = "lower_bound")
    public Integer lowerBound;
    @Column(name = "scheduled_at")
    public OffsetDateTime scheduledAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** When a 1-based slot starts, counting the breaks before it. */
    public LocalTime startOf(int slot) {
        int minutes = (slot - 1) * slotMinutes;
        for (int i = 0; i < breakAfterSlots.size(); i++) {
            if (breakAfterSlots.get(i) < slot) {
                minutes += breakMinutes.get(i);
            }
        }
        return slotStart.plusMinutes(minutes);
    }

    /** The virtual room of a table, for online and hybrid events that have a template. */
    public String roomUrl(int table) {
        if (roomUrlTemplate == null || roomUrlTemplate.isBlank() || kind == EventKind.ON_SITE) {
            return null;
        }
        return roomUrlTemplate.replace("{event}", id.toString()).replace("{table}", Integer.toString(table));
    }
}

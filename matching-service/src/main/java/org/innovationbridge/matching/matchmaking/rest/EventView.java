package org.innovationbridge.matching.matchmaking.rest;

import org.innovationbridge.matching.matchmaking.domain.EventKind;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An event as the API shows it, with the statuses it may go to next. */
public record EventView(UUID id, long version, String name, EventKind kind, String venue, LocalDate date,
                        Slots slots, int tables, String roomUrlTemplate, List<String> focusChains,
                        int defaultMinMeetings, int defaultMaxMeetings, EventStatus status,
                        List<EventStatus> allowedTransitions, UUID organiserId, OffsetDateTime pairedAt,
                        OffsetDateTime scheduledAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Slots(String start, int minutes, int count, List<Break> breaks) {
    }

    public record Break(int afterSlot, int minutes) {
    }

    /** {@code withRooms}: whether the caller may see the online rooms' link template (else it is null). */
    static EventView of(MatchmakingEvent e, boolean withRooms) {
        List<Break> breaks = new ArrayList<>();
        for (int i = 0; i < e.breakAfterSlots.size(); i++) {
            breaks.add(new Break(e.breakAfterSlots.get(i), e.breakMinutes.get(i)));
        }
        return new EventView(e.id, e.version, e.name, e.kind, e.venue, e.date,
                new Slots(e.slotStart.toString(), e.slotMinutes, e.slotCount, breaks), e.tables,
                withRooms ? e.roomUrlTemplate : null,
                e.focusChains, e.defaultMinMeetings, e.defaultMaxMeetings, e.status, e.status.allowedNext(),
                e.organiserId, e.pairedAt, e.scheduledAt, e.createdAt, e.updatedAt);
    }
}

package org.innovationbridge.matching.matchmaking.domain;

import java.util.List;

/** The event's lifecycle, one step forward at a time: DRAFT → REGISTRATION → PAIRING → PUBLISHED → COMPLETED. */
public enum EventStatus {
    DRAFT, REGISTRATION, PAIRING, PUBLISHED, COMPLETED;

    public List<EventStatus> allowedNext() {
        return ordinal() + 1 < values().length ? List.of(values()[ordinal() + 1]) : List.of();
    }
}

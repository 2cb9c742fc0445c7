package org.innovationbridge.research.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps at the precision PostgreSQL's timestamptz keeps, so an event shows what a later read returns. */
final class Timestamps {
    private Timestamps() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}

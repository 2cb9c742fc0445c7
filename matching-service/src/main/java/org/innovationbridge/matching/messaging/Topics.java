package org.innovationbridge.matching.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Topics the matcher consumes (published by the writers under the same names) and those it publishes. */
public final class Topics {
    public static final String PROBLEM_EVENTS = "ib.problem.events";
    public static final String RESULT_EVENTS = "ib.result.events";
    public static final String ENTERPRISE_EVENTS = "ib.enterprise.events";
    public static final String INSTITUTION_EVENTS = "ib.institution.events";
    public static final String DEAD_LETTER = "ib.matching.dead-letter";
    /** Published: a new problem or result has a good counterpart (the live feed and notifications read it). */
    public static final String MATCH_EVENTS = "ib.match.events";
    /** Published through the outbox: a matchmaking event's pairing list, when published and when re-planned. */
    public static final String PAIRING_EVENTS = "ib.pairing.events";
    /**
     * Published through the outbox: who may read whose contact details (an accepted connection, a published
     * meeting), consumed by the services that own the details. Compacted like the writers' topics, so every grant
     * can be rebuilt from it.
     */
    public static final String CONTACT_EVENTS = "ib.contact.events";

    public static final List<String> INDEXED = List.of(PROBLEM_EVENTS, RESULT_EVENTS, ENTERPRISE_EVENTS,
            INSTITUTION_EVENTS);

    /**
     * Event topics are compacted (the latest event of every aggregate stays, so indexes can be rebuilt from
     * them); dead letters, match notifications and pairing lists are kept for 30 days.
     */
    public static Map<String, String> configOf(String topic) {
        return DEAD_LETTER.equals(topic) || MATCH_EVENTS.equals(topic) || PAIRING_EVENTS.equals(topic)
                ? Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(Duration.ofDays(30).toMillis()))
                : Map.of("cleanup.policy", "compact");
    }

    private Topics() {
    }
}

package org.innovationbridge.research.messaging;

import org.innovationbridge.kit.contact.ContactGrantEvent;

import java.time.Duration;
import java.util.Map;

/**
 * Kafka topics this service publishes to (the matching-service consumes them under the same names) and reads.
 */
public final class Topics {
    public static final String INSTITUTION_EVENTS = "ib.institution.events";
    public static final String RESULT_EVENTS = "ib.result.events";
    /** Read: contact grants, published by the matching-service (created here too, so it exists before we subscribe). */
    public static final String CONTACT_EVENTS = ContactGrantEvent.TOPIC;
    /** Events of the topics we read that no handler can apply, with the reason (the kit's consumer parks them). */
    public static final String DEAD_LETTER = "ib.research.dead-letter";

    /**
     * Compacted: Kafka keeps at least the latest event of every aggregate for ever, so the matcher can rebuild
     * its indexes from the topics alone.
     */
    public static final Map<String, String> CONFIG = Map.of("cleanup.policy", "compact");

    /** Dead letters are kept 30 days, long enough to look into and re-publish. */
    public static final Map<String, String> DEAD_LETTER_CONFIG = Map.of("cleanup.policy", "delete",
            "retention.ms", Long.toString(Duration.ofDays(30).toMillis()));

    private Topics() {
    }
}

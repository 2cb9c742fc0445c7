package org.innovationbridge.research.messaging;

import java.util.Map;

/** Kafka topics this service publishes to; the matching-service consumes the result topic under the same name. */
public final class Topics {
    public static final String INSTITUTION_EVENTS = "ib.institution.events";
    public static final String RESULT_EVENTS = "ib.result.events";

    /**
     * Compacted: Kafka keeps at least the latest event of every aggregate for ever, so the matcher can rebuild
     * its indexes from the topics alone.
     */
    public static final Map<String, String> CONFIG = Map.of("cleanup.policy", "compact");

    private Topics() {
    }
}

package org.innovationbridge.enterprise.messaging;

import java.util.Map;

/** Kafka topics this service publishes to; the matching-service consumes them under the same names. */
public final class Topics {
    public static final String ENTERPRISE_EVENTS = "ib.enterprise.events";
    public static final String PROBLEM_EVENTS = "ib.problem.events";

    /**
     * Compacted: Kafka keeps at least the latest event of every aggregate for ever, so the matcher can rebuild
     * its indexes from the topics alone.
     */
    public static final Map<String, String> CONFIG = Map.of("cleanup.policy", "compact");

    private Topics() {
    }
}

package org.innovationbridge.enterprise.messaging;

/** Kafka topics this service publishes to; the matching-service consumes them under the same names. */
public final class Topics {
    public static final String ENTERPRISE_EVENTS = "ib.enterprise.events";
    public static final String PROBLEM_EVENTS = "ib.problem.events";

    private Topics() {
    }

    public static String forAggregate(String aggregateType) {
        return switch (aggregateType) {
            case EventEnvelope.ENTERPRISE -> ENTERPRISE_EVENTS;
            case EventEnvelope.PROBLEM -> PROBLEM_EVENTS;
            default -> throw new IllegalArgumentException("no topic for aggregate type " + aggregateType);
        };
    }
}

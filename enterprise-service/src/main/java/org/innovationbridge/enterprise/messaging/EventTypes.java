package org.innovationbridge.enterprise.messaging;

/** The event types this service publishes; the envelope's {@code eventType}. */
public final class EventTypes {
    public static final String ENTERPRISE_REGISTERED = "enterprise.registered";
    public static final String ENTERPRISE_UPDATED = "enterprise.updated";
    public static final String ENTERPRISE_DELETED = "enterprise.deleted";
    public static final String PROBLEM_CREATED = "problem.created";
    public static final String PROBLEM_UPDATED = "problem.updated";
    public static final String PROBLEM_STATUS_CHANGED = "problem.status-changed";
    public static final String PROBLEM_DELETED = "problem.deleted";

    private EventTypes() {
    }
}

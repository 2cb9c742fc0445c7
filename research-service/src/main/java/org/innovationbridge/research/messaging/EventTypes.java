package org.innovationbridge.research.messaging;

/** The event types this service publishes; the envelope's {@code eventType}. */
public final class EventTypes {
    public static final String INSTITUTION_REGISTERED = "institution.registered";
    public static final String INSTITUTION_UPDATED = "institution.updated";
    public static final String RESULT_CREATED = "result.created";
    public static final String RESULT_UPDATED = "result.updated";
    public static final String RESULT_STATUS_CHANGED = "result.status-changed";
    public static final String RESULT_DELETED = "result.deleted";

    private EventTypes() {
    }
}

package org.innovationbridge.kit.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.innovationbridge.kit.event.EventEnvelope;

/** Reads a record's value as an {@code ib.event.v1} envelope, or says why it is none. */
public final class EnvelopeReader {
    private final ObjectReader json;

    /** Tolerates fields it does not know, which a later writer may add to the envelope without breaking its readers. */
    public EnvelopeReader(ObjectMapper json) {
        this.json = json.readerFor(EventEnvelope.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public EventEnvelope read(String value) {
        if (value == null) {
            throw new UnusableEvent("no value (a tombstone): events are never deleted from their topics");
        }
        EventEnvelope envelope;
        try {
            envelope = json.readValue(value);
        } catch (JsonProcessingException e) {
            throw new UnusableEvent("not an event envelope: " + e.getOriginalMessage());
        }
        if (envelope == null) {
            throw new UnusableEvent("not an event envelope: null");
        }
        if (!EventEnvelope.SCHEMA.equals(envelope.schema())) {
            throw new UnusableEvent("schema " + envelope.schema() + " is not " + EventEnvelope.SCHEMA);
        }
        require(envelope.eventId() != null, "eventId");
        require(envelope.eventType() != null && !envelope.eventType().isBlank(), "eventType");
        require(envelope.aggregateId() != null, "aggregateId");
        require(envelope.aggregateVersion() >= 0, "aggregateVersion");
        require(envelope.payload() != null && envelope.payload().isObject(), "payload");
        return envelope;
    }

    private static void require(boolean present, String field) {
        if (!present) {
            throw new UnusableEvent("envelope without a valid " + field);
        }
    }
}

package org.innovationbridge.kit.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.innovationbridge.kit.event.EventEnvelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which record values the kit's consumers hand to a handler, and the reason on the dead letter of the others. */
class EnvelopeReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EnvelopeReader reader = new EnvelopeReader(JSON);

    @Test
    void thePinnedExampleIsAnEnvelope() throws Exception {
        EventEnvelope envelope = reader.read(pinnedExample());
        assertThat(envelope.schema()).isEqualTo(EventEnvelope.SCHEMA);
        assertThat(envelope.aggregateVersion()).isNotNegative();
        assertThat(envelope.payload().isObject()).isTrue();
    }

    @Test
    void aFieldAddedByALaterWriterIsIgnored() throws Exception {
        var envelope = (ObjectNode) JSON.readTree(pinnedExample());
        envelope.put("traceId", "abc");
        assertThat(reader.read(JSON.writeValueAsString(envelope)).eventType()).isNotBlank();
    }

    @Test
    void aTombstoneIsNoEvent() {
        assertThatThrownBy(() -> reader.read(null)).isInstanceOf(UnusableEvent.class).hasMessageContaining("tombstone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json at all                  | not an event envelope",
            "null                             | not an event envelope: null",
            "[1, 2]                           | not an event envelope",
            "schema:ib.event.v0               | schema ib.event.v0 is not ib.event.v1",
            "eventId:null                     | envelope without a valid eventId",
            "eventId:\"no-uuid\"              | not an event envelope",
            "eventType:\" \"                  | envelope without a valid eventType",
            "aggregateId:null                 | envelope without a valid aggregateId",
            "aggregateVersion:-1              | envelope without a valid aggregateVersion",
            "payload:\"text\"                 | envelope without a valid payload"})
    void anythingElseIsUnusableWithTheReason(String change, String reason) throws Exception {
        String value = change.contains(":") && !change.startsWith("not") ? changed(change) : change;
        assertThatThrownBy(() -> reader.read(value)).isInstanceOf(UnusableEvent.class).hasMessageStartingWith(reason);
    }

    /** The pinned example with one field replaced ("field:json value"; a schema is given bare). */
    private static String changed(String change) throws Exception {
        String field = change.substring(0, change.indexOf(':'));
        String value = change.substring(change.indexOf(':') + 1);
        var envelope = (ObjectNode) JSON.readTree(pinnedExample());
        envelope.set(field, field.equals("schema") ? JSON.getNodeFactory().textNode(value) : JSON.readTree(value));
        return JSON.writeValueAsString(envelope);
    }

    private static String pinnedExample() throws Exception {
        try (InputStream in = EnvelopeReaderTest.class.getResourceAsStream("/contract/problem-event-v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

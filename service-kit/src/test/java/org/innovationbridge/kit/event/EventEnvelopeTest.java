package org.innovationbridge.kit.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope record and its pinned example agree field for field, so neither can drift alone. */
class EventEnvelopeTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Test
    void thePinnedExampleReadsIntoTheEnvelopeAndWritesBackUnchanged() throws Exception {
        JsonNode pinned;
        try (InputStream in = getClass().getResourceAsStream("/contract/problem-event-v1.json")) {
            pinned = JSON.readTree(in);
        }
        EventEnvelope envelope = JSON.treeToValue(pinned, EventEnvelope.class);

        assertThat(envelope.schema()).isEqualTo(EventEnvelope.SCHEMA);
        assertThat(envelope.eventId()).isEqualTo(UUID.fromString("6f1c2b7e-3d0a-4b8e-9a52-2f7d9c1e4a10"));
        assertThat(envelope.aggregateId()).isEqualTo(UUID.fromString(envelope.payload().get("id").asText()));
        assertThat(envelope.aggregateVersion()).isZero();
        assertThat(envelope.occurredAt().getNano()).as("microseconds survive").isEqualTo(123_456_000);
        JsonNode written = JSON.valueToTree(envelope);
        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(fieldNames(pinned));
        assertThat(written.get("payload")).isEqualTo(pinned.get("payload"));
        assertThat(written.get("occurredAt").asText()).isEqualTo(pinned.get("occurredAt").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

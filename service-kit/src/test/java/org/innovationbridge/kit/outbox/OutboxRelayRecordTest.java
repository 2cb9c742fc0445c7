package org.innovationbridge.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the relay sends for an outbox row: routed topic with the prefix, aggregate key, envelope, headers. */
class OutboxRelayRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final OutboxRouting routing = new OutboxRouting() {
        @Override
        public String topicOf(String aggregateType) {
            if (!"widget".equals(aggregateType)) {
                throw new IllegalArgumentException("no topic for aggregate type " + aggregateType);
            }
            return "ib.widget.events";
        }

        @Override
        public Map<String, Map<String, String>> topics() {
            return Map.of("ib.widget.events", Map.of("cleanup.policy", "compact"));
        }
    };

    private final OutboxRelay relay = new OutboxRelay(null,
            new MockProducer<>(true, null, new StringSerializer(), new StringSerializer()),
            new Settings(), JSON, new Prefixed("test-kit."), routing, new SimpleMeterRegistry());

    @Test
    void aRowBecomesAnEnvelopeOnItsAggregatesTopicKeyedByTheAggregate() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID aggregateId = UUID.randomUUID();
        OffsetDateTime occurredAt = OffsetDateTime.of(2026, 12, 1, 10, 15, 30, 123_456_000, ZoneOffset.UTC);
        OutboxEvent row = new OutboxEvent(7, eventId, "widget", aggregateId, 3, "widget.updated",
                "{\"id\":\"" + aggregateId + "\",\"name\":\"齿轮\"}", occurredAt);

        ProducerRecord<String, String> record = relay.toRecord(row);

        assertThat(record.topic()).isEqualTo("test-kit.ib.widget.events");
        assertThat(record.key()).isEqualTo(aggregateId.toString());
        assertThat(new String(record.headers().lastHeader("event-id").value(), StandardCharsets.UTF_8))
                .isEqualTo(eventId.toString());
        assertThat(new String(record.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("widget.updated");
        JsonNode envelope = JSON.readTree(record.value());
        assertThat(envelope.get("schema").asText()).isEqualTo("ib.event.v1");
        assertThat(envelope.get("eventId").asText()).isEqualTo(eventId.toString());
        assertThat(envelope.get("aggregateType").asText()).isEqualTo("widget");
        assertThat(envelope.get("aggregateVersion").asLong()).isEqualTo(3);
        assertThat(envelope.get("occurredAt").asText()).isEqualTo("2026-12-01T10:15:30.123456Z");
        assertThat(envelope.get("payload").get("name").asText()).isEqualTo("齿轮");
    }

    @Test
    void anAggregateTypeWithoutATopicIsRefused() {
        OutboxEvent row = new OutboxEvent(8, UUID.randomUUID(), "gadget", UUID.randomUUID(), 0, "gadget.created",
                "{}", OffsetDateTime.now());
        assertThatThrownBy(() -> relay.toRecord(row)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gadget");
    }

    private static final class Settings implements OutboxConfig {
        public boolean enabled() {
            return false;
        }

        public Duration pollInterval() {
            return Duration.ofMillis(100);
        }

        public int batchSize() {
            return 200;
        }

        public Duration retention() {
            return Duration.ofDays(7);
        }

        public Duration pruneEvery() {
            return Duration.ofMinutes(10);
        }
    }

    private record Prefixed(String prefix) implements KafkaConfig {
        public String bootstrapServers() {
            return "127.0.0.1:1";
        }

        public Optional<String> topicPrefix() {
            return Optional.of(prefix);
        }

        public int partitions() {
            return 1;
        }

        public short replicationFactor() {
            return 1;
        }
    }
}

package org.innovationbridge.kit.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Publishes to a real topic (under the test profile's {@code ib.kafka.topic-prefix}) what another service's outbox
 * relay would: an {@code ib.event.v1} envelope keyed by its aggregate with the event-id header; or any raw value, to
 * test what a consumer does with a poison record. Waits for the broker's acknowledgement.
 */
public final class EventPublisher implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer;
    private final String prefix;

    public EventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        prefix = ConfigProvider.getConfig().getOptionalValue("ib.kafka.topic-prefix", String.class).orElse("");
    }

    /** Publishes a fresh event (a new event id) and answers it. */
    public UUID publish(String topic, String aggregateType, UUID aggregateId, long version, String eventType,
                        Object payload) throws Exception {
        UUID eventId = UUID.randomUUID();
        ObjectNode envelope = JSON.createObjectNode()
                .put("schema", "ib.event.v1")
                .put("eventId", eventId.toString())
                .put("eventType", eventType)
                .put("aggregateType", aggregateType)
                .put("aggregateId", aggregateId.toString())
                .put("aggregateVersion", version)
                .put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        envelope.set("payload", JSON.valueToTree(payload));
        send(topic, aggregateId.toString(), JSON.writeValueAsString(envelope), eventId);
        return eventId;
    }

    /** Publishes a value as it is, e.g. one that is no envelope at all. */
    public void publishRaw(String topic, String key, String value) throws Exception {
        send(topic, key, value, UUID.randomUUID());
    }

    private void send(String topic, String key, String value, UUID eventId) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(prefix + topic, key, value);
        record.headers().add("event-id", eventId.toString().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        producer.close();
    }
}

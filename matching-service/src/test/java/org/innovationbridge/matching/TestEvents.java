package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Publishes events the way the writers' outbox relays do, straight onto the real topics. */
public final class TestEvents implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaProducer<String, String> producer;

    public TestEvents(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    public static ObjectNode problemEnvelope(UUID id, long version, String eventType, String title, String description,
                                             String status) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", id.toString())
                .put("enterpriseId", UUID.randomUUID().toString())
                .put("enterpriseName", "测试企业有限公司")
                .put("district", "linzi")
                .put("title", title)
                .put("description", description)
                .put("industryChain", "hydrogen-energy-storage")
                .put("visibility", "PUBLIC")
                .put("status", status)
                .put("updatedAt", OffsetDateTime.now().toString());
        payload.putArray("keywords").add("储氢");
        payload.putArray("technicalFields").add("new-materials-tech");
        return envelope("problem", id, version, eventType, payload);
    }

    public static ObjectNode resultEnvelope(UUID id, long version, String title, String summary, String chain,
                                            String maturity, List<String> keywords) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", id.toString())
                .put("institutionId", UUID.randomUUID().toString())
                .put("institutionName", "测试大学")
                .put("district", "zhangdian")
                .put("title", title)
                .put("summary", summary)
                .put("maturity", maturity)
                .put("status", "PUBLISHED")
                .put("updatedAt", OffsetDateTime.now().toString());
        payload.putArray("industryChains").add(chain);
        payload.putArray("technicalFields").add("new-materials-tech");
        payload.putArray("cooperationModes").add("LICENCE");
        keywords.forEach(payload.putArray("keywords")::add);
        return envelope("result", id, version, "result.status-changed", payload);
    }

    public static ObjectNode envelope(String aggregateType, UUID id, long version, String eventType, ObjectNode payload) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("schema", "ib.event.v1")
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", eventType)
                .put("aggregateType", aggregateType)
                .put("aggregateId", id.toString())
                .put("aggregateVersion", version)
                .put("occurredAt", OffsetDateTime.now().toString());
        envelope.set("payload", payload);
        return envelope;
    }

    public void send(String topic, String key, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }

    public void sendAll(String topic, String key, List<String> values) throws Exception {
        for (String value : values) {
            send(topic, key, value);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

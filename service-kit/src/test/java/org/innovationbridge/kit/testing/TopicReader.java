package org.innovationbridge.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a real topic (under the test profile's {@code ib.kafka.topic-prefix}, if any) from its current end onwards,
 * so a test sees only what it caused. Shared by the services' tests through this module's test-jar.
 */
public final class TopicReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final List<Record> seen = new ArrayList<>();

    /** One message as it arrived: its key and its envelope. */
    public record Record(String key, JsonNode envelope) {
    }

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(
                ConfigProvider.getConfig().getOptionalValue("ib.kafka.topic-prefix", String.class).orElse("") + topic,
                Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Polls once more and returns every envelope seen so far for one aggregate, in arrival order. */
    public List<JsonNode> eventsOf(String aggregateId) throws Exception {
        return recordsOf(aggregateId).stream().map(Record::envelope).toList();
    }

    /** Like {@link #eventsOf} with each message's key. */
    public List<Record> recordsOf(String aggregateId) throws Exception {
        for (var record : consumer.poll(Duration.ofMillis(300))) {
            seen.add(new Record(record.key(), JSON.readTree(record.value())));
        }
        return seen.stream().filter(r -> aggregateId.equals(r.envelope().path("aggregateId").asText())).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}

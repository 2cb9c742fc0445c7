package org.innovationbridge.kit.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innovationbridge.kit.outbox.KafkaConfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a {@link ManagedConsumer} for every {@link EventHandler} bean of the service when it starts (after the
 * kit's topic provisioning) and stops them when it stops. A service without handlers runs none.
 */
@ApplicationScoped
public class EventConsumers {
    private final Instance<EventHandler> handlers;
    private final ConsumerSettings settings;
    private final KafkaConfig kafka;
    private final Producer<String, String> producer;
    private final ObjectMapper json;
    private final MeterRegistry registry;
    private final Map<String, ManagedConsumer> running = new LinkedHashMap<>();

    public EventConsumers(Instance<EventHandler> handlers, ConsumerSettings settings, KafkaConfig kafka,
                          Producer<String, String> producer, ObjectMapper json, MeterRegistry registry) {
        this.handlers = handlers;
        this.settings = settings;
        this.kafka = kafka;
        this.producer = producer;
        this.json = json;
        this.registry = registry;
    }

    void start(@Observes StartupEvent start) {
        if (!settings.enabled()) {
            return;
        }
        DeadLetters deadLetters = new DeadLetters(producer, kafka.topic(settings.deadLetterTopic()));
        EnvelopeReader reader = new EnvelopeReader(json);
        for (EventHandler handler : handlers) {
            List<String> topics = handler.topics().stream().map(kafka::topic).sorted().toList();
            ManagedConsumer consumer = new ManagedConsumer(handler, topics, () -> connect(handler.name()), reader,
                    deadLetters, settings, new ConsumerMeters(registry, handler.name()));
            running.put(handler.name(), consumer);
            consumer.start();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        for (ManagedConsumer consumer : running.values()) {
            consumer.stop();
        }
    }

    /** Each consumer's name and how many times in a row it failed (0: consuming), or null once its thread ended. */
    Map<String, Integer> states() {
        Map<String, Integer> states = new LinkedHashMap<>();
        running.forEach((name, consumer) -> states.put(name, consumer.alive() ? consumer.failures() : null));
        return states;
    }

    boolean expected() {
        return settings.enabled();
    }

    /**
     * From the earliest offset for a new group, so a new consumer rebuilds its state from the compacted topics;
     * read_committed, so nothing a producer aborted arrives.
     */
    private KafkaConsumer<String, String> connect(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis()),
                new StringDeserializer(), new StringDeserializer());
    }
}

package org.innovationbridge.kit.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.innovationbridge.kit.consumer.DeadLetters;
import org.innovationbridge.kit.contact.ContactGrantEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kit's grant consumer in a service over the real Kafka and PostgreSQL: poison records go to the service's
 * dead-letter topic with the reason and never block their partition. A service's {@code ContactGrantConsumerTest}
 * extends it and says which organisations it owns.
 */
public abstract class ContactGrantConsumerChecks {
    /** {@code ENTERPRISE} or {@code INSTITUTION}: the type of the organisations this service owns. */
    protected abstract String ownType();

    /** A new organisation of ours, with contact details; its id. */
    protected abstract UUID newOrganisation();

    /** Where its contact details are read, e.g. {@code /enterprises/{id}}. */
    protected abstract String pathOf(UUID organisation);

    @Test
    void poisonIsDeadLetteredWithTheReasonAndTheNextGrantOnItsPartitionStillApplies() throws Exception {
        UUID ours = newOrganisation();
        String otherType = "ENTERPRISE".equals(ownType()) ? "INSTITUTION" : "ENTERPRISE";
        UUID matched = UUID.randomUUID();
        String grantee = Tokens.mint(UUID.randomUUID().toString(), otherType.toLowerCase(), matched);
        UUID grant = UUID.randomUUID();
        ContactGrantEvents.Party own = new ContactGrantEvents.Party(ownType(), ours);
        ContactGrantEvents.Party other = new ContactGrantEvents.Party(otherType, matched);
        Config config = ConfigProvider.getConfig();
        String prefix = config.getOptionalValue("ib.kafka.topic-prefix", String.class).orElse("");
        try (KafkaConsumer<String, String> deadLetters = fromEnd(config.getValue("ib.kafka.bootstrap-servers", String.class),
                prefix + config.getValue("ib.consumer.dead-letter-topic", String.class));
             ContactGrantEvents events = new ContactGrantEvents()) {
            events.publisher().publishRaw(ContactGrantEvent.TOPIC, grant.toString(), "{not an envelope");
            events.publisher().publish(ContactGrantEvent.TOPIC, "contact-grant", grant, 1, ContactGrantEvent.GRANTED,
                    Map.of("grantId", grant.toString(), "parties", List.of(own)));
            events.publish("ContactMislaid", grant, 1, own, other);
            events.granted(grant, 1, own, other);

            await().atMost(Duration.ofSeconds(30)).until(() -> ContactGrantEvents.seesContact(grantee, pathOf(ours)));
            List<ConsumerRecord<String, String>> letters = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (grant.toString().equals(record.key())) {
                        letters.add(record);
                    }
                });
                return letters.size() >= 3;
            });
            List<String> reasons = letters.stream().map(letter -> header(letter, DeadLetters.REASON)).toList();
            assertThat(reasons).hasSize(3);
            assertThat(reasons.get(0)).startsWith("not an event envelope: ");
            assertThat(reasons.subList(1, 3)).containsExactly("payload parties must be two organisations",
                    "event type ContactMislaid is neither ContactGranted nor ContactRevoked");
            assertThat(letters).extracting(letter -> header(letter, DeadLetters.ORIGINAL_TOPIC))
                    .containsOnly(prefix + ContactGrantEvent.TOPIC);
            assertThat(letters).extracting(letter -> header(letter, DeadLetters.CONSUMER))
                    .containsOnly(ContactGrantEvents.consumer());
            assertThat(letters.get(0).value()).isEqualTo("{not an envelope");
            assertThat(Metrics.value(Metrics.scrape(), "ib_consumer_events_total",
                    "consumer=\"" + ContactGrantEvents.consumer() + "\"", "outcome=\"dead_lettered\""))
                    .isGreaterThanOrEqualTo(3);
        }
    }

    private static KafkaConsumer<String, String> fromEnd(String bootstrapServers, String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

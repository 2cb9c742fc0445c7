package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.research.messaging.ContactGrantHandler;
import org.innovationbridge.research.messaging.Topics;
import org.innovationbridge.kit.consumer.DeadLetters;
import org.innovationbridge.kit.testing.Metrics;
import org.innovationbridge.kit.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovationbridge.research.ContactGrantEvents.seesContact;

/**
 * The kit's consumer in this service over the real Kafka and PostgreSQL: poison records go to this service's
 * dead-letter topic with the reason and never block their partition.
 */
@Tag("stack")
@QuarkusTest
class ContactGrantConsumerTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @ConfigProperty(name = "ib.kafka.topic-prefix")
    String prefix;

    @Test
    void poisonIsDeadLetteredWithTheReasonAndTheNextGrantOnItsPartitionStillApplies() throws Exception {
        AuthorisationMatrixTest.Fixture f = AuthorisationMatrixTest.Fixture.create();
        UUID matched = UUID.randomUUID();
        String grantee = Tokens.mint(UUID.randomUUID().toString(), "enterprise", matched);
        UUID grant = UUID.randomUUID();
        ContactGrantEvents.Party institution = new ContactGrantEvents.Party("INSTITUTION", UUID.fromString(f.institutionId()));
        try (KafkaConsumer<String, String> deadLetters = fromEnd(Topics.DEAD_LETTER);
             ContactGrantEvents events = new ContactGrantEvents()) {
            events.publisher().publishRaw(Topics.CONTACT_EVENTS, grant.toString(), "{not an envelope");
            events.publisher().publish(Topics.CONTACT_EVENTS, "contact-grant", grant, 1, "ContactGranted",
                    Map.of("grantId", grant.toString(), "parties", List.of(institution)));
            events.publish("ContactMislaid", grant, 1, institution, new ContactGrantEvents.Party("ENTERPRISE", matched));
            events.granted(grant, 1, institution, new ContactGrantEvents.Party("ENTERPRISE", matched));

            await().atMost(Duration.ofSeconds(30)).until(() -> seesContact(grantee, f.institutionId()));
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
                    .containsOnly(prefix + Topics.CONTACT_EVENTS);
            assertThat(letters).extracting(letter -> header(letter, DeadLetters.CONSUMER))
                    .containsOnly(ContactGrantHandler.NAME);
            assertThat(letters.get(0).value()).isEqualTo("{not an envelope");
            assertThat(Metrics.value(Metrics.scrape(), "ib_consumer_events_total",
                    "consumer=\"" + ContactGrantHandler.NAME + "\"", "outcome=\"dead_lettered\"")).isGreaterThanOrEqualTo(3);
        }
    }

    private KafkaConsumer<String, String> fromEnd(String topic) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(prefix + topic, Duration.ofSeconds(30)).stream()
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

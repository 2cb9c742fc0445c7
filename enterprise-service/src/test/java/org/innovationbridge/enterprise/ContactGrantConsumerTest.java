package org.innovationbridge.enterprise;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.enterprise.messaging.ContactGrantHandler;
import org.innovationbridge.enterprise.messaging.Topics;
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
import static org.innovationbridge.enterprise.ContactGrantEvents.seesContact;

/**
 * The kit's consumer in this service over the real Kafka and PostgreSQL: poison records go to the dead-letter topic
 * with the reason and never block their partition, a grant between two enterprises opens both ways, and how long a
 * grant takes from the topic to a readable contact.
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
        String grantee = Tokens.mint(UUID.randomUUID().toString(), "institution", matched);
        UUID grant = UUID.randomUUID();
        ContactGrantEvents.Party enterprise = new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(f.enterpriseId()));
        try (KafkaConsumer<String, String> deadLetters = fromEnd(Topics.DEAD_LETTER);
             ContactGrantEvents events = new ContactGrantEvents()) {
            events.publisher().publishRaw(Topics.CONTACT_EVENTS, grant.toString(), "{not an envelope");
            events.publisher().publish(Topics.CONTACT_EVENTS, "contact-grant", grant, 1, "ContactGranted",
                    Map.of("grantId", grant.toString(), "parties", List.of(enterprise)));
            events.publish("ContactMislaid", grant, 1, enterprise, new ContactGrantEvents.Party("INSTITUTION", matched));
            events.granted(grant, 1, enterprise, new ContactGrantEvents.Party("INSTITUTION", matched));

            await().atMost(Duration.ofSeconds(30)).until(() -> seesContact(grantee, f.enterpriseId()));
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

    @Test
    void aGrantBetweenTwoEnterprisesOpensEachOnesContactToTheOther() throws Exception {
        AuthorisationMatrixTest.Fixture upstream = AuthorisationMatrixTest.Fixture.create();
        AuthorisationMatrixTest.Fixture downstream = AuthorisationMatrixTest.Fixture.create();
        try (ContactGrantEvents events = new ContactGrantEvents()) {
            assertThat(seesContact(downstream.ownerToken(), upstream.enterpriseId())).isFalse();
            events.granted(UUID.randomUUID(), 1, new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(upstream.enterpriseId())),
                    new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(downstream.enterpriseId())));
            await().atMost(Duration.ofSeconds(30)).until(() -> seesContact(downstream.ownerToken(), upstream.enterpriseId())
                    && seesContact(upstream.ownerToken(), downstream.enterpriseId()));
        }
    }

    /** Publishing a grant until the grantee reads the contact details, 20 times; the times are printed for the report, not asserted. */
    @Test
    void twentyGrantsInARowEachBecomeReadableToTheirGrantee() throws Exception {
        AuthorisationMatrixTest.Fixture f = AuthorisationMatrixTest.Fixture.create();
        ContactGrantEvents.Party enterprise = new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(f.enterpriseId()));
        List<Long> millis = new ArrayList<>();
        try (ContactGrantEvents events = new ContactGrantEvents()) {
            for (int i = 0; i < 20; i++) {
                UUID matched = UUID.randomUUID();
                String grantee = Tokens.mint(UUID.randomUUID().toString(), "institution", matched);
                long started = System.nanoTime();
                events.granted(UUID.randomUUID(), 1, enterprise, new ContactGrantEvents.Party("INSTITUTION", matched));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                        .until(() -> seesContact(grantee, f.enterpriseId()));
                millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = (sorted.get(9) + sorted.get(10)) / 2;
        System.out.printf("grant to readable contact, 20 runs: median %d ms, min %d ms, max %d ms%n", median,
                sorted.get(0), sorted.get(19));
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

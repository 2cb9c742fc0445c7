package org.innovationbridge.kit.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A dead letter is the original record, keyed as it was, with the reason and where it came from. */
class DeadLettersTest {
    @Test
    void aLetterKeepsTheRecordAndSaysWhyAndWhence() throws Exception {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        DeadLetters letters = new DeadLetters(producer, "test.ib.dead-letter");
        ConsumerRecord<String, String> original = new ConsumerRecord<>("test.ib.contact.events", 2, 41L, "key-1", "{broken");
        original.headers().add("event-id", "e-1".getBytes(StandardCharsets.UTF_8));

        letters.park(original, "grants", "not an event envelope");

        assertThat(producer.history()).hasSize(1);
        ProducerRecord<String, String> letter = producer.history().get(0);
        assertThat(letter.topic()).isEqualTo("test.ib.dead-letter");
        assertThat(letter.key()).isEqualTo("key-1");
        assertThat(letter.value()).isEqualTo("{broken");
        assertThat(header(letter, "event-id")).isEqualTo("e-1");
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("not an event envelope");
        assertThat(header(letter, DeadLetters.CONSUMER)).isEqualTo("grants");
        assertThat(header(letter, DeadLetters.ORIGINAL_TOPIC)).isEqualTo("test.ib.contact.events");
        assertThat(header(letter, DeadLetters.ORIGINAL_PARTITION)).isEqualTo("2");
        assertThat(header(letter, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("41");
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}

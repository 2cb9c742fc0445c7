package org.innovationbridge.kit.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Parks a record on the dead-letter topic as it came, with the reason, the consumer and where it came from. */
public final class DeadLetters {
    public static final String REASON = "dlt-reason";
    public static final String CONSUMER = "dlt-consumer";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";

    private final Producer<String, String> producer;
    private final String topic;

    public DeadLetters(Producer<String, String> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** Sends and waits for the broker's acknowledgement, so the original offset may be committed afterwards. */
    public void park(ConsumerRecord<String, String> original, String consumer, String reason) throws Exception {
        producer.send(letter(original, consumer, reason)).get(30, TimeUnit.SECONDS);
    }

    ProducerRecord<String, String> letter(ConsumerRecord<String, String> original, String consumer, String reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, original.key(), original.value());
        for (Header header : original.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(REASON, bytes(reason));
        letter.headers().add(CONSUMER, bytes(consumer));
        letter.headers().add(ORIGINAL_TOPIC, bytes(original.topic()));
        letter.headers().add(ORIGINAL_PARTITION, bytes(Integer.toString(original.partition())));
        letter.headers().add(ORIGINAL_OFFSET, bytes(Long.toString(original.offset())));
        return letter;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

package org.innovationbridge.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.innovationbridge.matching.config.MatchingConfig;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Parks messages the matcher cannot use on the dead-letter topic, with the reason and where they came from. */
@ApplicationScoped
public class DeadLetters {
    public static final String REASON = "dlt-reason";
    public static final String ORIGINAL_TOPIC = "dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "dlt-original-offset";

    private final Producer<String, String> producer;
    private final String topic;

    public DeadLetters(Producer<String, String> producer, MatchingConfig config) {
        this.producer = producer;
        this.topic = config.kafka().topic(Topics.DEAD_LETTER);
    }

    /** Sends and waits for the broker's acknowledgement, so the original offset may be committed afterwards. */
    public void park(ConsumerRecord<String, String> original, String reason)
            throws ExecutionException, InterruptedException, TimeoutException {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, original.key(), original.value());
        for (Header header : original.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(REASON, bytes(reason));
        letter.headers().add(ORIGINAL_TOPIC, bytes(original.topic()));
        letter.headers().add(ORIGINAL_PARTITION, bytes(Integer.toString(original.partition())));
        letter.headers().add(ORIGINAL_OFFSET, bytes(Long.toString(original.offset())));
        producer.send(letter).get(30, TimeUnit.SECONDS);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}

package org.innovationbridge.kit.outbox;

import java.util.Map;

/**
 * What a service tells the kit's outbox: the topic of each aggregate type it records, and the topics it creates
 * at start. Topic names are given without {@link KafkaConfig#topicPrefix()}; the kit adds it.
 */
public interface OutboxRouting {
    /** The topic an event of this aggregate type goes to; an unknown type is a programming error. */
    String topicOf(String aggregateType);

    /** Every topic this service creates when missing, with its topic configuration (cleanup policy, retention). */
    Map<String, Map<String, String>> topics();
}

package org.innovationbridge.kit.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the kit's consumers run; the brokers and the topic prefix are the outbox's ({@code ib.kafka}). */
@ConfigMapping(prefix = "ib.consumer")
public interface ConsumerSettings {
    /** Whether this instance consumes at all (off for a tool run of the service, on everywhere else). */
    @WithDefault("true")
    boolean enabled();

    /** Where events no handler can apply are parked with the reason; the service creates it. */
    @WithDefault("ib.dead-letter")
    String deadLetterTopic();

    @WithDefault("500ms")
    Duration pollTimeout();

    /** The back-off after a failure doubles from 200 ms up to this. */
    @WithDefault("10s")
    Duration maxBackoff();

    @WithDefault("10s")
    Duration sessionTimeout();
}

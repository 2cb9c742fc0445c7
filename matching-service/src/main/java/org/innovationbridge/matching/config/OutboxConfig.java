package org.innovationbridge.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ib.outbox")
public interface OutboxConfig {
    /** Whether this instance relays the outbox to Kafka. */
    @WithDefault("true")
    boolean enabled();

    /** How long the relay waits, once caught up, before it looks for new events. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Most events published in one relay pass. */
    @WithDefault("200")
    int batchSize();
}

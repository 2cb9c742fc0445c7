package org.innovationbridge.enterprise.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ib.outbox")
public interface OutboxConfig {
    /** Whether this instance relays the outbox to Kafka (tests of the relay switch it off to control it). */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for unpublished events (read by the scheduler as {@code ${ib.outbox.poll-interval}}). */
    @WithDefault("200ms")
    String pollInterval();

    /** Most events published in one relay pass. */
    @WithDefault("200")
    int batchSize();
}

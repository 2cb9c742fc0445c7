package org.innovationbridge.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ib.outbox")
public interface OutboxConfig {
    /** Whether this instance relays the outbox to Kafka (switched off to simulate a crash before publishing). */
    @WithDefault("true")
    boolean enabled();

    /** How long the relay waits, once caught up, before it looks for new events. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Most events published in one relay pass. */
    @WithDefault("200")
    int batchSize();

    /** How long a published event stays in the table (for inspection and re-publishing) before it is pruned. */
    @WithDefault("7d")
    Duration retention();

    /** How often published events older than {@link #retention()} are pruned. */
    @WithDefault("10m")
    Duration pruneEvery();
}

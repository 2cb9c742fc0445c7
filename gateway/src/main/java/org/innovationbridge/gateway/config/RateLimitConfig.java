package org.innovationbridge.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Fixed-window request budgets; a client over its budget gets 429 with Retry-After until its window ends. */
@ConfigMapping(prefix = "ib.rate-limit")
public interface RateLimitConfig {
    @WithDefault("1m")
    Duration window();

    /** Sign-in attempts per client address and window. */
    @WithDefault("20")
    int signInPerAddress();

    /** Sign-in attempts per username and window, whatever address they come from. */
    @WithDefault("10")
    int signInPerUsername();

    /** Writes (POST, PUT, PATCH, DELETE) through the gateway per client address and window. */
    @WithDefault("300")
    int writesPerAddress();
}

package org.innovationbridge.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "ib.gateway")
public interface GatewayConfig {
    URI enterpriseUrl();

    URI researchUrl();

    URI matchingUrl();

    /** How long to wait for a service to accept a connection before answering 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long a service may take to start its answer before the gateway gives up with 504. */
    @WithDefault("30s")
    Duration responseTimeout();

    /** How long a proxied exchange may stay silent before it is abandoned. */
    @WithDefault("30s")
    Duration idleTimeout();

    /** Extra attempts for a GET or HEAD whose connection failed; other methods are never retried. */
    @WithDefault("2")
    int idempotentRetries();

    /** Pause before each retry, doubled every time. */
    @WithDefault("100ms")
    Duration retryBackoff();

    /** The largest OpenAPI document read from a service for the merged one; a larger one is left out. */
    @WithDefault("4194304")
    int openApiMaxBytes();

    Circuit circuit();

    interface Circuit {
        /** Consecutive transport failures (refused, timed out) that open a service's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one trial request may pass. */
        @WithDefault("10s")
        Duration openFor();
    }
}

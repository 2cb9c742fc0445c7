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

    /** How long a proxied exchange may stay silent before it is abandoned. */
    @WithDefault("30s")
    Duration idleTimeout();
}

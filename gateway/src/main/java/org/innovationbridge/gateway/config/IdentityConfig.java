package org.innovationbridge.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ib.identity")
public interface IdentityConfig {
    /** The {@code iss} of every token; the services verify it. */
    @WithDefault("innovation-bridge")
    String issuer();

    /** The {@code aud} of every token; every service accepts only tokens meant for the platform's API. */
    @WithDefault("innovation-bridge-api")
    String audience();

    /** How long one token is valid; it is not revoked before then, so revocation takes effect at the next refresh. */
    @WithDefault("8h")
    Duration tokenLifetime();

    /** How long after a sign-in its tokens may still be refreshed; then only a new sign-in gives a token. */
    @WithDefault("12h")
    Duration sessionLifetime();

    FirstAdmin firstAdmin();

    /** Created at start when no admin exists yet; without a password no admin is created. */
    interface FirstAdmin {
        @WithDefault("admin")
        String username();

        Optional<String> password();
    }

    /** How long the gateway waits for an owning service to say which organisation a user created. */
    @WithDefault("2s")
    Duration organisationLookupTimeout();
}

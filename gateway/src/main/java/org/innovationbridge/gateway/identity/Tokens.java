package org.innovationbridge.gateway.identity;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.gateway.config.IdentityConfig;

import java.time.Instant;
import java.util.Set;

/** Signs the platform's RS256 tokens with the key at {@code smallrye.jwt.sign.key.location}. */
@ApplicationScoped
public class Tokens {
    private final IdentityConfig config;

    public Tokens(IdentityConfig config) {
        this.config = config;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(UserAccount user) {
        Instant expiresAt = Instant.now().plus(config.tokenLifetime());
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .subject(user.id.toString())
                .upn(user.username)
                .groups(Set.of(user.roleClaim))
                .expiresAt(expiresAt);
        if (user.organisationId != null) {
            claims.claim("org", user.organisationId.toString());
        }
        return new Issued(claims.sign(), expiresAt);
    }

    /** A token for this user, valid a minute, with which the gateway asks an owning service on the user's behalf. */
    String shortLived(UserAccount user) {
        return Jwt.issuer(config.issuer()).subject(user.id.toString()).upn(user.username)
                .groups(Set.of(user.roleClaim)).expiresIn(60).sign();
    }
}

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
    /** When the session's sign-in happened (epoch seconds, as OpenID Connect names it); refresh keeps it. */
    public static final String SIGNED_IN_AT = "auth_time";
    /** The account's token generation at sign-in; a refresh with an older one is refused. */
    public static final String GENERATION = "pwdv";

    private final IdentityConfig config;

    public Tokens(IdentityConfig config) {
        this.config = config;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /** A token of the session that began with the sign-in at {@code signedInAt}; it never outlives the session. */
    public Issued issue(UserAccount user, Instant signedInAt) {
        Instant sessionEnd = signedInAt.plus(config.sessionLifetime());
        Instant lifetimeEnd = Instant.now().plus(config.tokenLifetime());
        Instant expiresAt = lifetimeEnd.isBefore(sessionEnd) ? lifetimeEnd : sessionEnd;
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(user.id.toString())
                .upn(user.username)
                .groups(Set.of(user.roleClaim))
                .claim(SIGNED_IN_AT, signedInAt.getEpochSecond())
                .claim(GENERATION, user.tokenGeneration)
                .expiresAt(expiresAt);
        if (user.organisationId != null) {
            claims.claim("org", user.organisationId.toString());
        }
        return new Issued(claims.sign(), expiresAt);
    }

    /** A token for this user, valid a minute, with which the gateway asks an owning service on the user's behalf. */
    String shortLived(UserAccount user) {
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(user.id.toString()).upn(user.username)
                .groups(Set.of(user.roleClaim)).expiresIn(60).sign();
    }
}

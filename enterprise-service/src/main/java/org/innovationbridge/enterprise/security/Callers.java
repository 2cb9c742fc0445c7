package org.innovationbridge.enterprise.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** The current request's {@link Caller}, read from its verified token. */
@ApplicationScoped
public class Callers {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller current() {
        if (identity.isAnonymous() || token.getSubject() == null) {
            return Caller.ANONYMOUS;
        }
        String role = identity.getRoles().stream().findFirst().orElse(null);
        Optional<UUID> org = Optional.ofNullable(token.<String>getClaim("org")).flatMap(Callers::uuid);
        return new Caller(token.getSubject(), role, org);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}

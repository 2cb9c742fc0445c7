package org.innovationbridge.kit.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** The current request's {@link Caller}, read from its verified token (the gateway's claims contract). */
@ApplicationScoped
public class Callers {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller, or {@link Caller#ANONYMOUS} without a token. */
    public Caller current() {
        if (identity.isAnonymous() || token.getSubject() == null) {
            return Caller.ANONYMOUS;
        }
        String role = identity.getRoles().stream().findFirst().orElse(null);
        Optional<UUID> org = Optional.ofNullable(token.<String>getClaim("org")).flatMap(Callers::uuid);
        return new Caller(token.getSubject(), role, org);
    }

    /** The caller of an endpoint that records who acted: a token whose {@code sub} is no account id is refused. */
    public Caller signedIn() {
        Caller caller = current();
        if (caller.subject() == null || uuid(caller.subject()).isEmpty()) {
            throw new NotAuthorizedException("the token's sub is not an account id", "Bearer");
        }
        return caller;
    }

    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}

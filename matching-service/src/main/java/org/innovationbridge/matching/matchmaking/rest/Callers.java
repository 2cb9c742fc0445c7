package org.innovationbridge.matching.matchmaking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.innovationbridge.matching.matchmaking.service.Caller;

import java.util.Optional;
import java.util.UUID;

/** Reads the caller from the verified token (the gateway's claims contract). */
@ApplicationScoped
public class Callers {
    private final JsonWebToken token;

    public Callers(JsonWebToken token) {
        this.token = token;
    }

    public Caller current() {
        UUID user = uuid(token.getSubject())
                .orElseThrow(() -> new NotAuthorizedException("the token's sub is not a user id", "Bearer"));
        String role = token.getGroups() == null || token.getGroups().size() != 1 ? ""
                : token.getGroups().iterator().next();
        Object org = token.getClaim("org");
        return new Caller(user, role, org == null ? Optional.empty() : uuid(org.toString()));
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

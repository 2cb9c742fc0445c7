package org.innovationbridge.matching.matchmaking.service;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is asking, from the token: user id ({@code sub}), role (the one entry of {@code groups}) and, for
 * enterprise and institution users, their organisation ({@code org}).
 */
public record Caller(UUID userId, String role, Optional<UUID> organisation) {
    public static final String ADMIN = "admin";
    public static final String ORGANISER = "organiser";
    public static final String ENTERPRISE = "enterprise";
    public static final String INSTITUTION = "institution";

    public boolean admin() {
        return ADMIN.equals(role);
    }

    public boolean organiser() {
        return ORGANISER.equals(role);
    }

    public boolean represents(UUID organisationId) {
        return organisation.map(organisationId::equals).orElse(false);
    }
}

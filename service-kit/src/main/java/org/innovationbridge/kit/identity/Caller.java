package org.innovationbridge.kit.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sends the request, from the token's {@code sub} (the account), its one role in {@code groups} and its
 * {@code org}; or nobody. The rules about what each caller may do live in the services, next to the data they
 * protect.
 */
public record Caller(String subject, String role, Optional<UUID> organisation) {
    public static final String ENTERPRISE = "enterprise";
    public static final String INSTITUTION = "institution";
    public static final String ORGANISER = "organiser";
    public static final String ADMIN = "admin";

    public static final Caller ANONYMOUS = new Caller(null, null, Optional.empty());

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }

    public boolean isOrganiser() {
        return ORGANISER.equals(role);
    }

    public boolean hasRole(String name) {
        return name.equals(role);
    }

    /** Organisers and admins see every organisation's contact details and confidential problems' owners. */
    public boolean oversees() {
        return isAdmin() || isOrganiser();
    }

    /** True if this caller is the account recorded as the owner. */
    public boolean is(String ownerSubject) {
        return subject != null && subject.equals(ownerSubject);
    }

    /** True if this caller acts for the organisation. */
    public boolean represents(UUID organisationId) {
        return organisation.map(organisationId::equals).orElse(false);
    }

    /** The account id; only for a caller from {@link Callers#signedIn()}, whose subject is one. */
    public UUID accountId() {
        return UUID.fromString(subject);
    }
}

package org.innovationbridge.gateway.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The one role a user has; its name is the token's only {@code groups} entry. */
public enum Role {
    ENTERPRISE, INSTITUTION, ORGANISER, ADMIN;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claim().equals(value)).findFirst();
    }

    /** Enterprise and institution users own one organisation each; organisers and admins own none. */
    public boolean ownsOrganisation() {
        return this == ENTERPRISE || this == INSTITUTION;
    }
}

package org.innovationbridge.kit.contact;

import org.innovationbridge.kit.identity.Caller;

import java.util.Optional;

/** The two kinds of organisation a contact grant joins; enterprise-service owns the one, research-service the other. */
public enum OrganisationType {
    ENTERPRISE,
    INSTITUTION;

    /** The organisation type an account acts for; organisers and admins act for none. */
    public static Optional<OrganisationType> of(Caller caller) {
        if (caller.hasRole(Caller.ENTERPRISE)) {
            return Optional.of(ENTERPRISE);
        }
        return caller.hasRole(Caller.INSTITUTION) ? Optional.of(INSTITUTION) : Optional.empty();
    }
}

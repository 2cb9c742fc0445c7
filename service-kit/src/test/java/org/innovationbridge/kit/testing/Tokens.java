package org.innovationbridge.kit.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Set;
import java.util.UUID;

/**
 * Mints tokens as the gateway does (RS256 with the stack's private key from {@code IB_JWT_PRIVATE_KEY_LOCATION},
 * issuer innovation-bridge, audience innovation-bridge-api, the account in {@code sub}, one role in {@code groups}, {@code org} once bound), so a
 * service's tests call it as any account without a gateway.
 */
public final class Tokens {
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "innovation-bridge-api";
    private static final String ADMIN = mint(UUID.randomUUID().toString(), "admin", null);

    private Tokens() {
    }

    public static String mint(String subject, String role, UUID organisation) {
        JwtClaimsBuilder claims = Jwt.issuer("innovation-bridge").audience(AUDIENCE).subject(subject).upn(role + "-" + subject)
                .groups(Set.of(role)).expiresIn(3600);
        if (organisation != null) {
            claims.claim("org", organisation.toString());
        }
        return claims.sign();
    }

    /** One admin account for the whole run. */
    public static String admin() {
        return ADMIN;
    }

    /** A token of a new account of this role, bound to no organisation. */
    public static String newAccount(String role) {
        return mint(UUID.randomUUID().toString(), role, null);
    }

    public static String organiser(UUID account) {
        return mint(account.toString(), "organiser", null);
    }

    /** A new account acting for the enterprise. */
    public static String enterprise(UUID enterprise) {
        return mint(UUID.randomUUID().toString(), "enterprise", enterprise);
    }

    /** A new account acting for the institution. */
    public static String institution(UUID institution) {
        return mint(UUID.randomUUID().toString(), "institution", institution);
    }
}

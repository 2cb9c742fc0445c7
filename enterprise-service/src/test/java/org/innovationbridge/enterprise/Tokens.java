package org.innovationbridge.enterprise;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.Set;
import java.util.UUID;

/**
 * Mints tokens as the gateway does (same issuer, claims and signing key, from {@code IB_JWT_PRIVATE_KEY_LOCATION}),
 * so tests call the service as any account without a gateway.
 */
public final class Tokens {
    private static final String ADMIN = mint(UUID.randomUUID().toString(), "admin", null);

    private Tokens() {
    }

    public static String mint(String subject, String role, UUID organisation) {
        JwtClaimsBuilder claims = Jwt.issuer("innovation-bridge").subject(subject).upn("test-" + role)
                .groups(Set.of(role)).expiresIn(3600);
        if (organisation != null) {
            claims.claim("org", organisation.toString());
        }
        return claims.sign();
    }

    public static String admin() {
        return ADMIN;
    }

    /** A token of a new account of this role, bound to no organisation. */
    public static String newAccount(String role) {
        return mint(UUID.randomUUID().toString(), role, null);
    }
}

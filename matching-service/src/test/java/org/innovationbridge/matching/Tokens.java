package org.innovationbridge.matching;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Mints tokens the way the gateway does (RS256, the stack's private key from {@code IB_JWT_PRIVATE_KEY_LOCATION},
 * issuer innovation-bridge, one role in {@code groups}, {@code org} once bound).
 */
public final class Tokens {
    private Tokens() {
    }

    public static String of(String role, UUID user, UUID organisation) {
        var claims = Jwt.issuer("innovation-bridge").subject(user.toString()).upn(role + "-" + user)
                .groups(Set.of(role)).expiresIn(Duration.ofHours(8));
        if (organisation != null) {
            claims.claim("org", organisation.toString());
        }
        return claims.sign();
    }

    public static String organiser(UUID user) {
        return of("organiser", user, null);
    }

    public static String admin() {
        return of("admin", UUID.randomUUID(), null);
    }

    public static String enterprise(UUID enterprise) {
        return of("enterprise", UUID.randomUUID(), enterprise);
    }

    public static String institution(UUID institution) {
        return of("institution", UUID.randomUUID(), institution);
    }
}

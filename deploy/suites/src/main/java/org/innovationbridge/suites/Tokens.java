package org.innovationbridge.suites;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * RS256 tokens signed with the stack's key ({@code IB_JWT_PRIVATE_KEY_LOCATION}), for probes that need a token the
 * gateway would never issue: one for another audience, or of a session that began long ago.
 */
final class Tokens {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static String sign(Map<String, Object> claims) throws Exception {
        String pem = Files.readString(Path.of(System.getenv("IB_JWT_PRIVATE_KEY_LOCATION")));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        String unsigned = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(Gateway.JSON.writeValueAsBytes(claims));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + URL.encodeToString(rsa.sign());
    }
}

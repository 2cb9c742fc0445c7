import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Generates the platform's token signing key pair once per stack: an RSA 2048 private key (PKCS#8 PEM, readable
 * only by its owner) for the gateway that signs, and its public key (X.509 PEM) for every service that verifies.
 * Usage: java JwtKeys.java FOLDER — writes FOLDER/jwt-private.pem and FOLDER/jwt-public.pem, never overwrites.
 */
public class JwtKeys {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path privatePem = folder.resolve("jwt-private.pem");
        Path publicPem = folder.resolve("jwt-public.pem");
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            return;
        }
        Files.createDirectories(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path tmp = Files.createTempFile(folder, "jwt-private", ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.move(tmp, privatePem, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}

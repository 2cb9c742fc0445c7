package org.innovationbridge.kit.organisation;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z, S, V);
 * characters 3–8 are the administrative division code; the 18th is a check character over the first 17.
 */
public final class CreditCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Why the code is invalid, or empty when it is valid. */
    public static Optional<String> problemWith(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and upper-case letters except I, O, Z, S, V)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3-8 must be digits (administrative division code)");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("check character is '" + code.charAt(17) + "' but should be '" + expected + "'");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /**
     * A valid code with a random organisation part (characters 9–17) after the given registration authority,
     * organisation type and administrative division: demo data and test accounts that never collide.
     */
    public static String random(String first8) {
        StringBuilder code = new StringBuilder(first8);
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacter(code.toString())).toString();
    }
}

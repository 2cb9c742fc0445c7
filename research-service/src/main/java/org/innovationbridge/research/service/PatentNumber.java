package org.innovationbridge.research.service;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese patent numbers in the two forms results cite. An application number (申请号, with ZL as 专利号) has
 * 12 digits, a dot and a check character: the digits weighted 2,3,4,5,6,7,8,9,2,3,4,5, summed mod 11, with 10
 * written X. A publication number (公开/公告号) is CN, 9 digits and a kind code: A, B, C for inventions, U, Y
 * for utility models, S for designs.
 */
public final class PatentNumber {
    private static final Pattern APPLICATION = Pattern.compile("(?:ZL)?(\\d{12})\\.([0-9X])");
    private static final Pattern PUBLICATION = Pattern.compile("CN\\d{9}[ABCUYS]");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private PatentNumber() {
    }

    /** The form numbers are checked and stored in: no surrounding blanks, upper case (zl… and cn… are common). */
    public static String normalise(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }

    /** Why the (normalised) number is invalid, or empty when it is valid. */
    public static Optional<String> problemWith(String number) {
        if (PUBLICATION.matcher(number).matches()) {
            return Optional.empty();
        }
        Matcher application = APPLICATION.matcher(number);
        if (!application.matches()) {
            return Optional.of("'" + number + "' is neither an application number such as ZL202110123456.7"
                    + " (ZL optional) nor a publication number such as CN112345678A");
        }
        char expected = checkCharacter(application.group(1));
        char actual = application.group(2).charAt(0);
        if (actual != expected) {
            return Optional.of("check digit of '" + number + "' is '" + actual + "' but should be '" + expected + "'");
        }
        return Optional.empty();
    }

    /** The check character of the 12 digits of an application number. */
    public static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}

package org.innovationbridge.research.service;

import java.util.List;

/**
 * What identifies a result within its institution when a compilation is uploaded again: its first patent number,
 * or, without patents, its normalised title. The same result typed twice with a full-width bracket, an extra blank
 * or another case of Latin letters has the same key.
 */
public record NaturalKey(Kind kind, String value) {
    public enum Kind { PATENT, TITLE }

    /** The key of an input whose patents are already validated. */
    public static NaturalKey of(String title, List<String> patents) {
        if (patents != null) {
            for (String patent : patents) {
                if (patent != null && !patent.isBlank()) {
                    return new NaturalKey(Kind.PATENT, PatentNumber.normalise(patent));
                }
            }
        }
        return new NaturalKey(Kind.TITLE, normaliseTitle(title));
    }

    /**
     * Full-width ASCII (U+FF01–U+FF5E), the ideographic space and the no-break space become half-width, Latin
     * letters lower case, runs of blanks one space, and the ends are trimmed. V2__import_jobs.sql backfills
     * existing rows with the same function written in SQL; change both together.
     */
    public static String normaliseTitle(String title) {
        StringBuilder key = new StringBuilder(title.length());
        boolean blank = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                blank = true;
                continue;
            }
            if (blank && !key.isEmpty()) {
                key.append(' ');
            }
            blank = false;
            key.append(c);
        }
        return key.toString();
    }

    /** How the key reads in a message: {@code patent ZL202110123456.7} or {@code title '镁基固态储氢材料'}. */
    public String describe() {
        return kind == Kind.PATENT ? "patent " + value : "title '" + value + "'";
    }
}

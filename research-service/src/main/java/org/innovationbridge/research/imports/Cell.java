package org.innovationbridge.research.imports;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One value of a row as the file gave it: text (a spreadsheet or CSV cell, a JSON string or number), a list
 * (a JSON array), or something that cannot be a value at all (a JSON object).
 */
public record Cell(String text, List<String> items, String unreadable) {
    public static final Cell BLANK = new Cell("", null, null);
    /** The separators people put between several values in one cell: ; ； 、 , ， and line breaks. */
    private static final Pattern SEPARATORS = Pattern.compile("[;；、,，\\r\\n]+");

    public static Cell text(String text) {
        return text == null ? BLANK : new Cell(text, null, null);
    }

    public static Cell items(List<String> items) {
        return new Cell(null, items, null);
    }

    public static Cell unreadable(String reason) {
        return new Cell(null, null, reason);
    }

    public boolean isBlank() {
        if (unreadable != null) {
            return false;
        }
        return items == null ? text.isBlank() : items.stream().allMatch(String::isBlank);
    }

    /** The values of a multi-valued column, trimmed, without empty ones. */
    public List<String> values() {
        if (unreadable != null) {
            return List.of();
        }
        List<String> raw = items != null ? items : Arrays.asList(SEPARATORS.split(text));
        return raw.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** The value as the error report shows it. */
    public String display() {
        if (unreadable != null) {
            return "";
        }
        return items == null ? text : String.join("; ", items);
    }
}

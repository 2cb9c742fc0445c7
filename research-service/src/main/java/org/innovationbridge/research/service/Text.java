package org.innovationbridge.research.service;

import java.util.List;

/** Small normalisations applied to what clients send. */
final class Text {
    private Text() {
    }

    /** Trimmed values without repeats, in the order given; an absent list is empty. */
    static List<String> distinctStripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }

    /** Escapes LIKE wildcards, so a user's '%' or '_' is searched for literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

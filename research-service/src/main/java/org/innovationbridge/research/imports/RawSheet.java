package org.innovationbridge.research.imports;

import java.util.List;

/**
 * What a format reader gives back: the non-empty rows in file order, and the header when the format has one of
 * its own (JSON's keys); otherwise the header is searched among the first rows.
 */
record RawSheet(List<Row> rows, Row header, String encoding, List<String> warnings) {
    /** Most columns read from a row; a sheet wider than this has nothing a compilation needs out there. */
    static final int MAX_COLUMNS = 256;
}

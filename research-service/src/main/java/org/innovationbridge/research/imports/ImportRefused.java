package org.innovationbridge.research.imports;

import java.util.List;

/** An upload refused as a whole, before any row is written; the REST layer answers with the reason's status. */
public class ImportRefused extends RuntimeException {
    public enum Reason {
        /** Readable, but not a compilation this service accepts: missing columns, too many rows, no rows. */
        INVALID(400),
        /** Not XLSX, CSV or JSON at all. */
        UNSUPPORTED(415),
        /** Claims to be one of the formats but cannot be read as it: a damaged workbook, a zip bomb, broken JSON. */
        UNREADABLE(422),
        /** This instance already has as many imports waiting as it may hold. */
        BUSY(429);

        public final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    /** One offending part of the upload: a missing column, the file part itself. */
    public record Detail(String field, String reason) {
    }

    public final Reason reason;
    public final List<Detail> details;

    public ImportRefused(Reason reason, String message, List<Detail> details) {
        super(message);
        this.reason = reason;
        this.details = details;
    }

    public ImportRefused(Reason reason, String message) {
        this(reason, message, List.of(new Detail("file", message)));
    }

    static ImportRefused tooManyRows(int maxRows) {
        return new ImportRefused(Reason.INVALID, "the file has more than " + maxRows
                + " rows, the limit of one upload; split it into several files");
    }

    static ImportRefused notASpreadsheet(String why) {
        return new ImportRefused(Reason.UNREADABLE, "not a valid spreadsheet: " + why);
    }
}

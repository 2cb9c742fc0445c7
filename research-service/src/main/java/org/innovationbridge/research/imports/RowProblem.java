package org.innovationbridge.research.imports;

/** One reason a row is rejected: the column, the offending value as the file had it, and why. */
public record RowProblem(Column column, String value, String reason) {
}

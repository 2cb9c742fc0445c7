package org.innovationbridge.research.imports;

import java.util.List;
import java.util.Map;

/**
 * An upload read and checked as a whole: which positions hold which column, the headers as the file wrote them
 * (the error report names columns the way the user wrote them), the data rows and what was ignored. A column has
 * one position in a sheet; in JSON it may have several (one object says "title", another "成果名称").
 */
public record UploadedTable(FileFormat format, String encoding, Map<Column, List<Integer>> positions,
                            List<String> headers, List<Row> rows, List<String> warnings) {

    public Cell cell(Row row, Column column) {
        for (int position : positions.getOrDefault(column, List.of())) {
            if (!row.cell(position).isBlank()) {
                return row.cell(position);
            }
        }
        return Cell.BLANK;
    }

    /** The header under which the row has the column's value, or the column's first header, or the template's. */
    public String header(Row row, Column column) {
        List<Integer> at = positions.getOrDefault(column, List.of());
        return at.stream().filter(position -> !row.cell(position).isBlank()).findFirst().or(() -> at.stream().findFirst())
                .map(headers::get).orElse(column.header);
    }
}

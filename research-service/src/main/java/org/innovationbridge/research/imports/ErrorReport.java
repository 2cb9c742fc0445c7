package org.innovationbridge.research.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innovationbridge.research.domain.ImportRowError;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * The row-level error report of an import, as CSV or XLSX: row, column, value, reason. Every text cell that a
 * spreadsheet would take for a formula (= + - @, tab, carriage return first) is prefixed with ' — the values are
 * the uploader's own cells, and opening the report must not run what they typed.
 */
public final class ErrorReport {
    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("row", "column", "value", "reason");

    private ErrorReport() {
    }

    /** The errors, supplied by {@code source} to the consumer it is given. */
    public interface Source {
        void forEach(Consumer<ImportRowError> each);
    }

    /** UTF-8 with a byte-order mark, which is what makes Excel read Chinese in a CSV correctly. */
    public static void writeCsv(Source errors, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", HEADERS) + "\r\n");
        try {
            errors.forEach(error -> {
                try {
                    writer.write(error.rowNumber + "," + csv(error.columnName) + "," + csv(error.value) + ","
                            + csv(error.reason) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    public static void writeXlsx(Source errors, OutputStream out) throws IOException {
        // streaming: only a window of rows is in memory, however many errors there are
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("errors");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int[] next = {1};
            errors.forEach(error -> {
                var row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(error.rowNumber);
                row.createCell(1).setCellValue(neutralise(error.columnName));
                row.createCell(2).setCellValue(neutralise(error.value));
                row.createCell(3).setCellValue(neutralise(error.reason));
            });
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            sheet.setColumnWidth(3, 80 * 256);
            workbook.write(out);
        }
    }

    /** Prefixes ' to text a spreadsheet would read as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static String csv(String text) {
        String value = neutralise(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

package org.innovationbridge.research.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.poi.ss.util.CellReference;
import org.innovationbridge.research.config.ImportConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an uploaded file into an {@link UploadedTable}, or refuses it as a whole: it decides the format (the file
 * name's extension, checked against the content; the content alone when there is no extension), finds the header
 * row, matches the headers to columns and enforces the row limit.
 */
@ApplicationScoped
public class CompilationReader {
    /** The header may sit below a title row or two (齐都理工大学2024年科技成果汇编); it is searched among this many rows. */
    static final int HEADER_SEARCH_ROWS = 10;
    private static final int MAX_WARNINGS = 50;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final int maxRows;
    private final JsonFactory json;

    @Inject
    public CompilationReader(ImportConfig config, ObjectMapper json) {
        this(config.maxRows(), json);
    }

    /** Outside CDI: the benchmark reads a file the way the service does. */
    public CompilationReader(int maxRows, ObjectMapper json) {
        this.maxRows = maxRows;
        this.json = json.getFactory();
    }

    public UploadedTable read(Path file, String fileName) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new ImportRefused(ImportRefused.Reason.INVALID, "the file is empty");
        }
        FileFormat format = formatOf(fileName, head);
        RawSheet sheet = switch (format) {
            case XLSX -> XlsxReader.read(file, maxRows + HEADER_SEARCH_ROWS);
            case CSV -> CsvReader.read(bytes(file), maxRows + HEADER_SEARCH_ROWS);
            case JSON -> JsonReader.read(json, file, maxRows);
        };
        return table(format, sheet);
    }

    static FileFormat formatOf(String fileName, byte[] head) {
        boolean zip = startsWith(head, ZIP);
        boolean ole2 = startsWith(head, OLE2);
        String extension = extensionOf(fileName);
        switch (extension) {
            case "xlsx", "xlsm" -> {
                if (ole2) {
                    throw ImportRefused.notASpreadsheet("it is an Excel 97–2003 or a password-protected workbook;"
                            + " save it as an unprotected .xlsx");
                }
                if (!zip) {
                    throw ImportRefused.notASpreadsheet("the file is named ." + extension
                            + " but is not an Excel workbook");
                }
                return FileFormat.XLSX;
            }
            case "csv", "txt", "tsv", "json" -> {
                if (zip || ole2) {
                    throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED, "the file is named ." + extension
                            + " but is a workbook or an archive; name an Excel workbook .xlsx");
                }
                return extension.equals("json") ? FileFormat.JSON : FileFormat.CSV;
            }
            case "" -> {
                if (zip) {
                    return FileFormat.XLSX;
                }
                if (ole2) {
                    throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED,
                            "Excel 97–2003 workbooks (.xls) are not read; save the file as .xlsx");
                }
                return looksLikeJson(head) ? FileFormat.JSON : FileFormat.CSV;
            }
            case "xls" -> throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED,
                    "Excel 97–2003 workbooks (.xls) are not read; save the file as .xlsx");
            default -> throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED, "files named ." + extension
                    + " are not read; upload an Excel workbook (.xlsx), CSV (.csv) or JSON (.json)");
        }
    }

    private UploadedTable table(FileFormat format, RawSheet sheet) {
        List<String> warnings = new ArrayList<>(sheet.warnings());
        Row header = sheet.header();
        List<Row> data = sheet.rows();
        if (header == null) {
            int at = headerRowIndex(data);
            header = data.get(at);
            if (at > 0) {
                warnings.add((at == 1 ? "row " + data.get(0).number() + " above the header (row " + header.number()
                        + ") was ignored" : "rows " + data.get(0).number() + "–" + data.get(at - 1).number()
                        + " above the header (row " + header.number() + ") were ignored"));
            }
            data = data.subList(at + 1, data.size());
        }
        Map<Column, List<Integer>> positions = new EnumMap<>(Column.class);
        List<String> headers = new ArrayList<>();
        for (int position = 0; position < header.cells().size(); position++) {
            String text = header.cell(position).display().strip();
            headers.add(text);
            String where = format == FileFormat.JSON ? "key" : "column " + CellReference.convertNumToColString(position);
            if (text.isEmpty()) {
                int at = position;
                if (data.stream().anyMatch(row -> !row.cell(at).isBlank())) {
                    warnings.add(where + " has values but no header and was ignored");
                }
                continue;
            }
            Column column = Column.forHeader(text).orElse(null);
            if (column == null) {
                warnings.add(where + " '" + shorten(text) + "' is not a known column and was ignored");
            } else if (positions.containsKey(column) && format != FileFormat.JSON) {
                warnings.add(where + " '" + shorten(text) + "' repeats " + column.describe()
                        + "; only the first one is read");
            } else {
                positions.computeIfAbsent(column, any -> new ArrayList<>()).add(position);
            }
        }
        if (data.isEmpty()) {
            throw new ImportRefused(ImportRefused.Reason.INVALID, "the file has no rows to import"
                    + (format == FileFormat.JSON ? "" : " below its header (row " + header.number() + ")"));
        }
        List<Column> missing = Arrays.stream(Column.values())
                .filter(column -> column.required && !positions.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw missingColumns(format, missing, positions.isEmpty());
        }
        if (data.size() > maxRows) {
            throw ImportRefused.tooManyRows(maxRows);
        }
        return new UploadedTable(format, sheet.encoding(), positions, List.copyOf(headers), List.copyOf(data),
                capped(warnings));
    }

    /** The row among the first few that names the most known columns (the first of equals). */
    private static int headerRowIndex(List<Row> rows) {
        int best = 0;
        long bestCount = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            long count = rows.get(i).cells().stream()
                    .filter(cell -> Column.forHeader(cell.display()).isPresent()).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        if (rows.isEmpty()) {
            throw new ImportRefused(ImportRefused.Reason.INVALID, "the file is empty");
        }
        return best;
    }

    private static ImportRefused missingColumns(FileFormat format, List<Column> missing, boolean noneKnown) {
        String names = String.join(", ", missing.stream().map(column -> column.header).toList());
        String hint = !noneKnown ? "" : format == FileFormat.CSV
                ? "; no known header was found: is the CSV in UTF-8 or GBK, with the headers of the template?"
                : "; no known header was found: use the headers of the template (GET /imports/template)";
        return new ImportRefused(ImportRefused.Reason.INVALID, "required columns are missing: " + names + hint,
                missing.stream().map(column -> new ImportRefused.Detail(column.header,
                        "required column is missing; its header is " + column.header + " or " + column.field)).toList());
    }

    private static List<String> capped(List<String> warnings) {
        if (warnings.size() <= MAX_WARNINGS) {
            return List.copyOf(warnings);
        }
        List<String> capped = new ArrayList<>(warnings.subList(0, MAX_WARNINGS));
        capped.add("… and " + (warnings.size() - MAX_WARNINGS) + " more");
        return capped;
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.lastIndexOf('/') > dot || name.lastIndexOf('\\') > dot ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** JSON starts with [ or { after an optional UTF-8 byte-order mark and blanks. */
    private static boolean looksLikeJson(byte[] head) {
        for (int i = startsWith(head, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0; i < head.length; i++) {
            char c = (char) head[i];
            if (!Character.isWhitespace(c)) {
                return c == '[' || c == '{';
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

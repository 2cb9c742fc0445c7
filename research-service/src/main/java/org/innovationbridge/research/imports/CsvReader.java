package org.innovationbridge.research.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it (RFC 4180, parsed by Apache Commons CSV: quotes doubled inside quoted values, line
 * breaks inside quotes) in the encodings Chinese users have, which the parser leaves to us: UTF-8 with or without
 * BOM, GBK (read as its superset GB18030), and UTF-16 with a BOM (Excel's "Unicode text"). Comma, semicolon or
 * tab, whichever the first line uses most.
 */
final class CsvReader {
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {
    }

    /** Text and the name of the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    static RawSheet read(byte[] bytes, int maxRows) {
        Decoded decoded = decode(bytes);
        if (decoded.text().indexOf('\0') >= 0) {
            throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED,
                    "the file is binary, not CSV text; upload XLSX, CSV or JSON");
        }
        return new RawSheet(parse(decoded.text(), maxRows), null, decoded.encoding(), List.of());
    }

    /** A byte-order mark decides; otherwise valid UTF-8 is UTF-8, and anything else must be GBK/GB18030. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            return new Decoded(decodeOrFail(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(bytes, 0, GB18030), "GB18030");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return decodeOrFail(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE,
                    "the text is neither UTF-8 nor GBK (GB18030); save the CSV as UTF-8");
        }
    }

    private static String decodeOrFail(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static List<Row> parse(String text, int maxRows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false).setTrailingData(true).get();
        List<Row> rows = new ArrayList<>();
        long record = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord values : parser) {
                record = values.getRecordNumber() + 1;
                List<Cell> cells = values.stream().limit(RawSheet.MAX_COLUMNS).map(Cell::text).toList();
                Row row = new Row((int) values.getRecordNumber(), cells);
                if (row.isBlank()) {
                    continue; // empty lines (or lines of empty cells, as Excel writes them) are skipped, not counted
                }
                rows.add(row);
                if (rows.size() > maxRows) {
                    throw ImportRefused.tooManyRows(maxRows);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // the only malformed CSV the parser meets in text already decoded is a quote left open up to the end
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "row " + record
                    + ": a quoted value (starting with \") is never closed");
        }
        return rows;
    }

    /** The separator the first line uses most, outside quotes. */
    private static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}

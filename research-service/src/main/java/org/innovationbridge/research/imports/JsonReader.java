package org.innovationbridge.research.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON array of objects, one per result, streaming. Keys are the columns (the field names of
 * {@code POST /results} or the template's Chinese headers); a value is a string, a number, a boolean or an array of
 * those. Row numbers are the objects' positions, the first being 1.
 */
final class JsonReader {
    private JsonReader() {
    }

    static RawSheet read(JsonFactory factory, Path file, int maxRows) {
        try (JsonParser parser = factory.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportRefused(ImportRefused.Reason.INVALID,
                        "a JSON upload must be an array of objects, one per result");
            }
            Map<String, Integer> keys = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            int position = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                position++;
                if (token != JsonToken.START_OBJECT) {
                    throw new ImportRefused(ImportRefused.Reason.INVALID, "element " + position
                            + " of the array is not an object; each element must be one result");
                }
                List<Cell> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int column = keys.computeIfAbsent(parser.currentName(), name -> keys.size());
                    Cell cell = value(parser, parser.nextToken());
                    if (column < RawSheet.MAX_COLUMNS) {
                        while (cells.size() <= column) {
                            cells.add(Cell.BLANK);
                        }
                        cells.set(column, cell);
                    }
                }
                Row row = new Row(position, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                    if (rows.size() > maxRows) {
                        throw ImportRefused.tooManyRows(maxRows);
                    }
                }
            }
            List<Cell> header = keys.keySet().stream().limit(RawSheet.MAX_COLUMNS).map(Cell::text).toList();
            return new RawSheet(rows, new Row(0, header), null, List.of());
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "not valid JSON"
                    + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE:
                return Cell.text(parser.getText());
            case VALUE_NULL:
                return Cell.BLANK;
            case START_ARRAY:
                List<String> items = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    if (item == JsonToken.START_OBJECT || item == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                        return skipRest(parser);
                    }
                    if (item != JsonToken.VALUE_NULL) {
                        items.add(parser.getText());
                    }
                }
                return Cell.items(items);
            default:
                parser.skipChildren();
                return Cell.unreadable("must be text, a number or a list of those, not an object");
        }
    }

    /** Skips what is left of an array that held a nested object or array. */
    private static Cell skipRest(JsonParser parser) throws IOException {
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            parser.skipChildren();
        }
        return Cell.unreadable("a list may only hold text or numbers");
    }
}

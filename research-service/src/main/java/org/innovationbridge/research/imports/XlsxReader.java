package org.innovationbridge.research.imports;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jboss.logging.Logger;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Reads the first sheet of a workbook with POI's streaming (SAX) reader, so a 20,000-row sheet never becomes a
 * tree of objects. Formulas give their cached value (the one Excel saved) and are never evaluated; a merged
 * range gives its top-left value to every cell it covers.
 */
final class XlsxReader {
    private static final Logger LOG = Logger.getLogger(XlsxReader.class);
    /** A part that inflates more than 100 times its compressed size is a zip bomb, not a workbook. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * No part of a 20,000-row compilation comes near this unpacked (the benchmark's 20,000-row sheet is 17 MB); the
     * shared strings are held in memory, so this also bounds what one upload can make the reader hold.
     */
    private static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    /** Cells merged ranges may fill in all; beyond it the merges are a way to blow up memory, not a layout. */
    private static final long MAX_MERGED_CELLS = 2_000_000;

    static {
        // POI keeps these limits JVM-wide; they only tighten what POI accepts, nothing else in this service reads zips
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private XlsxReader() {
    }

    static RawSheet read(Path file, int maxRows) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportRefused.notASpreadsheet("the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                Rows rows = new Rows(maxRows);
                MergeAwareHandler handler = new MergeAwareHandler(styles, strings, rows);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(sheet));
                return rows.toSheet(handler.merges);
            }
        } catch (ImportRefused refused) {
            throw refused;
        } catch (Exception e) {
            // a client's file must never become a 5xx: whatever POI or the XML parser throws means "unreadable"
            Throwable refused = findRefusal(e);
            if (refused instanceof ImportRefused importRefused) {
                throw importRefused;
            }
            LOG.infof("unreadable XLSX upload: %s", e);
            throw ImportRefused.notASpreadsheet(isZipBomb(e)
                    ? "a part of it unpacks to far more than its size (a zip bomb?)"
                    : "it is not an Excel workbook (.xlsx), or it is damaged");
        } finally {
            if (workbook != null) {
                workbook.revert(); // close() is for saving; a package opened to read is let go with revert()
            }
        }
    }

    private static Throwable findRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportRefused) {
                return cause;
            }
        }
        return null;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max. ratio")
                    || message.contains("exceeds the max"))) {
                return true;
            }
        }
        return false;
    }

    /** POI's sheet handler, which ignores merged ranges; this one also collects their references. */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        final List<String> merges = new ArrayList<>();

        MergeAwareHandler(StylesTable styles, ReadOnlySharedStringsTable strings, Rows rows) {
            super(styles, null, strings, rows, new PlainNumbers(), false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                merges.add(attributes.getValue("ref"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /**
     * Numbers in the General format as written, not as Excel squeezes them into a narrow cell (2.02110E+11 for a
     * patent application number typed as a number); rounded to Excel's 15 significant digits, so a cached
     * 0.30000000000000004 reads 0.3. Explicit formats (0.00, dates) are applied as Excel would.
     */
    private static final class PlainNumbers extends DataFormatter {
        private static final MathContext EXCEL_PRECISION = new MathContext(15);

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatString == null || "General".equalsIgnoreCase(formatString)) {
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    return Double.toString(value);
                }
                return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects the non-empty rows, stopping as soon as there are more than an upload may have. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final NavigableMap<Integer, List<Cell>> rows = new TreeMap<>();
        private List<Cell> current;
        private int nextColumn;
        private boolean tooWide;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null || columnOf(reference) < 0 ? nextColumn : columnOf(reference);
            nextColumn = column + 1;
            if (column >= RawSheet.MAX_COLUMNS) {
                tooWide |= value != null && !value.isBlank();
                return;
            }
            while (current.size() <= column) {
                current.add(Cell.BLANK);
            }
            current.set(column, Cell.text(value));
        }

        @Override
        public void endRow(int rowNum) {
            if (current.stream().allMatch(Cell::isBlank)) {
                return; // empty rows are skipped, not counted
            }
            rows.put(rowNum, current);
            if (rows.size() > maxRows) {
                throw ImportRefused.tooManyRows(maxRows);
            }
        }

        RawSheet toSheet(List<String> merges) {
            List<String> warnings = new ArrayList<>();
            fillMerged(merges, warnings);
            if (tooWide) {
                warnings.add("cells beyond column " + RawSheet.MAX_COLUMNS + " were ignored");
            }
            List<Row> result = new ArrayList<>(rows.size());
            rows.forEach((index, cells) -> result.add(new Row(index + 1, cells)));
            return new RawSheet(result, null, null, warnings);
        }

        /** Only rows with values of their own receive merged values: a merge does not make an empty row count. */
        private void fillMerged(List<String> merges, List<String> warnings) {
            long filled = 0;
            for (String reference : merges) {
                CellRangeAddress range;
                try {
                    range = CellRangeAddress.valueOf(reference);
                } catch (RuntimeException e) {
                    continue;
                }
                List<Cell> top = rows.get(range.getFirstRow());
                if (top == null || range.getFirstColumn() < 0 || range.getFirstColumn() >= top.size()) {
                    continue;
                }
                Cell value = top.get(range.getFirstColumn());
                int lastColumn = Math.min(range.getLastColumn(), RawSheet.MAX_COLUMNS - 1);
                for (List<Cell> cells : rows.subMap(range.getFirstRow(), true, range.getLastRow(), true).values()) {
                    for (int column = range.getFirstColumn(); column <= lastColumn; column++) {
                        while (cells.size() <= column) {
                            cells.add(Cell.BLANK);
                        }
                        if (cells.get(column).isBlank()) {
                            cells.set(column, value);
                        }
                        if (++filled > MAX_MERGED_CELLS) {
                            throw new ImportRefused(ImportRefused.Reason.INVALID, "the sheet's merged cells cover more"
                                    + " than " + MAX_MERGED_CELLS + " cells; unmerge them");
                        }
                    }
                }
            }
        }

        /** The zero-based column of a reference such as {@code AB12}. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}

package org.innovationbridge.research;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes result compilations for the tests and the benchmark: small workbooks from rows of values, and the large
 * ones generated at run time. JUnit-free, so the benchmark can use it too.
 */
public final class CompilationFiles {
    public static final List<String> HEADERS = List.of("成果名称", "成果简介", "技术领域", "产业链", "关键词", "成熟度",
            "专利号", "合作方式", "参考价格（万元）", "团队负责人");

    private CompilationFiles() {
    }

    /** A workbook whose first sheet has these rows; a null row stays empty, a {@link Formula} is a formula cell. */
    public static byte[] xlsx(List<List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("成果汇编"), rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A formula with the value Excel cached for it when the file was saved. */
    public record Formula(String formula, Object cached) {
    }

    static void fill(Sheet sheet, List<List<?>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r) == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            List<?> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    set(row.createCell(c), value);
                }
            }
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Formula formula) {
            cell.setCellFormula(formula.formula());
            if (formula.cached() instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (formula.cached() != null) {
                cell.setCellValue(formula.cached().toString());
            }
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** One row of a generated compilation: distinct titles and valid application numbers, varied values. */
    public static List<Object> generatedRow(int i) {
        String digits = String.format("2023%08d", i);
        String patent = "ZL" + digits + "." + checkCharacter(digits);
        List<String> chains = List.of("新材料", "智能装备", "新能源", "氟硅材料", "集成电路");
        List<String> maturities = List.of("实验室", "小试", "中试", "产业化");
        return List.of("生成成果" + i + "号：高性能复合材料制备工艺", "第" + i + "项成果的简介。采用新型工艺路线，成本降低"
                        + (i % 40) + "%，性能指标达到国内领先水平，可用于轨道交通、新能源汽车等领域。",
                "新材料", chains.get(i % chains.size()) + "；" + chains.get((i + 1) % chains.size()),
                "复合材料、制备工艺、第" + (i % 100) + "组", maturities.get(i % 4), patent, "专利许可；合作开发",
                (i % 500) + 10, "团队" + (i % 300));
    }

    /** A workbook of {@code rows} generated rows under the template's headers, written row by row (streaming). */
    public static void writeLarge(int rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("成果汇编");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                List<Object> values = generatedRow(i);
                for (int c = 0; c < values.size(); c++) {
                    set(row.createCell(c), values.get(c));
                }
            }
            workbook.write(out);
        }
    }

    public static byte[] large(int rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeLarge(rows, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip that looks like a workbook (content types, workbook, one sheet) whose sheet is {@code inflatedBytes}
     * of blanks: a few KB on disk, a thousand times that unpacked.
     */
    public static byte[] zipBomb(int inflatedBytes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"成果汇编\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[64 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int written = 0; written < inflatedBytes; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The check character of a 12-digit patent application number (see PatentNumber). */
    public static char checkCharacter(String digits) {
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    static byte[] bytes(Workbook workbook) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}

package org.innovationbridge.matching.matchmaking.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationbridge.matching.matchmaking.service.PairingListing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The whole schedule as a spreadsheet: XLSX, or CSV in UTF-8 with a byte-order mark (so Excel on Chinese
 * Windows opens it as UTF-8, not GBK). CSV cells that a spreadsheet would run as a formula are defused.
 */
@ApplicationScoped
public class ScheduleExport {
    public static final List<String> HEADER = List.of("时段", "开始", "结束", "桌号", "线上会议室", "企业", "科研机构",
            "对接主题", "匹配分", "来源", "锁定", "会议编号");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] xlsx(String eventName, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("日程");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(eventName);
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    // string cells only: a spreadsheet never evaluates them, whatever they start with
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 2);
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, widthOf(rows, c)) * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spreadsheet", e);
        }
    }

    public byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, HEADER);
        rows.forEach(row -> line(text, row));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** One row per placed meeting, in slot and table order, then the unplaced ones without slot and table. */
    public List<List<String>> rows(PairingListing.ScheduleView schedule, IntFunction<String> endOf) {
        List<List<String>> rows = new ArrayList<>();
        for (PairingListing.MeetingView m : schedule.meetings()) {
            rows.add(row(m, endOf.apply(m.slot())));
        }
        for (PairingListing.MeetingView m : schedule.unplaced()) {
            rows.add(row(m, ""));
        }
        return rows;
    }

    private static List<String> row(PairingListing.MeetingView m, String end) {
        return List.of(m.slot() == null ? "" : m.slot().toString(), m.slotStart() == null ? "" : m.slotStart(), end,
                m.table() == null ? "" : m.table().toString(), m.roomUrl() == null ? "" : m.roomUrl(),
                m.enterpriseName(), m.institutionName(), m.topic(), String.format(Locale.ROOT, "%.4f", m.score()),
                m.source().name(), m.locked() ? "是" : "否", m.id().toString());
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append('"').append(defused(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        text.append("\r\n");
    }

    /** A leading =, +, -, @, tab or carriage return would make a spreadsheet read the cell as a formula. */
    static String defused(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static int widthOf(List<List<String>> rows, int column) {
        int width = HEADER.get(column).length() * 2 + 2;
        for (List<String> row : rows) {
            width = Math.max(width, row.get(column).length() + 2);
        }
        return width;
    }
}

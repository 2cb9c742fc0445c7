package org.innovationbridge.research.imports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationbridge.research.domain.ReferenceItem;
import org.innovationbridge.research.service.ReferenceData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The compilation template: the first sheet has the Chinese headers and one example row (to be replaced), the
 * second explains each column and lists the accepted words and reference names with their codes.
 */
public final class Template {
    public static final String FILE_NAME = "成果汇编模板.xlsx";
    public static final String ASCII_FILE_NAME = "result-compilation-template.xlsx";

    private static final Map<Column, String> EXAMPLE = Map.of(
            Column.TITLE, "伺服直驱数控螺旋压力机",
            Column.SUMMARY, "采用大扭矩伺服电机直接驱动螺杆，取消飞轮与离合器，打击能量可数字化精确控制，较摩擦压力机节能40%以上。",
            Column.TECHNICAL_FIELDS, "先进制造与自动化",
            Column.INDUSTRY_CHAINS, "智能装备；动力传动与泵阀装备",
            Column.KEYWORDS, "伺服直驱；螺旋压力机；锻压装备",
            Column.MATURITY, "中试",
            Column.PATENTS, "ZL202110123456.7",
            Column.COOPERATION_MODES, "专利许可；合作开发",
            Column.INDICATIVE_PRICE, "300",
            Column.TEAM_LEAD, "陈教授");

    private static final Map<Column, String> EXPLANATION = Map.of(
            Column.TITLE, "必填，不超过200字；同一机构内无专利号时以名称识别同一成果（重复上传即更新）",
            Column.SUMMARY, "必填，不超过10000字",
            Column.TECHNICAL_FIELDS, "名称或代码，见下表；多个用；、或,分隔",
            Column.INDUSTRY_CHAINS, "名称或代码，见下表；多个用；、或,分隔",
            Column.KEYWORDS, "最多20个，每个不超过32字",
            Column.MATURITY, "必填：实验室、小试、中试、产业化（或 LAB、PILOT、SCALE_UP、INDUSTRIALISED）",
            Column.PATENTS, "申请号 ZL202110123456.7（校验位核对）或公开号 CN112345678A；第一个专利号用于识别同一成果",
            Column.COOPERATION_MODES, "见下表；多个用；、或,分隔",
            Column.INDICATIVE_PRICE, "数字，单位万元；可填“面议”",
            Column.TEAM_LEAD, "不超过64字");

    private Template() {
    }

    public static byte[] write(ReferenceData.Snapshot reference) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle example = workbook.createCellStyle();
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(grey);

            Sheet data = workbook.createSheet("成果汇编");
            var headers = data.createRow(0);
            var sample = data.createRow(1);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                headers.createCell(i).setCellValue(columns[i].header);
                headers.getCell(i).setCellStyle(header);
                sample.createCell(i).setCellValue(EXAMPLE.get(columns[i]));
                sample.getCell(i).setCellStyle(example);
                data.setColumnWidth(i, (columns[i] == Column.SUMMARY ? 60 : 18) * 256);
            }
            data.createFreezePane(0, 1);
            DataValidationHelper validations = data.getDataValidationHelper();
            DataValidation maturity = validations.createValidation(
                    validations.createExplicitListConstraint(Vocabulary.MATURITY.keySet().toArray(String[]::new)),
                    new CellRangeAddressList(1, 20_000, Column.MATURITY.ordinal(), Column.MATURITY.ordinal()));
            maturity.setShowErrorBox(false); // a suggestion: enum names are accepted too
            data.addValidationData(maturity);

            Sheet help = workbook.createSheet("填写说明");
            int line = 0;
            help.createRow(line++).createCell(0).setCellValue("第一张表第1行为表头，第2行为示例（请替换或删除）。"
                    + "每行一项成果，整行导入或整行拒绝；空行跳过。最多20000行。");
            line++;
            line = table(help, line, header, List.of("列", "说明"), Arrays.stream(columns)
                    .map(column -> List.of(column.header + (column.required ? "（必填）" : ""), EXPLANATION.get(column)))
                    .toList());
            line = table(help, line, header, List.of("技术领域", "代码"), reference.of(ReferenceItem.TECHNICAL_FIELD)
                    .stream().map(entry -> List.of(entry.name(), entry.code())).toList());
            line = table(help, line, header, List.of("产业链", "代码"), reference.of(ReferenceItem.INDUSTRY_CHAIN)
                    .stream().map(entry -> List.of(entry.name(), entry.code())).toList());
            table(help, line, header, List.of("合作方式", "代码"), Vocabulary.COOPERATION_MODES.entrySet().stream()
                    .map(entry -> List.of(String.join("、", entry.getValue()), entry.getKey().name())).toList());
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 90 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a titled two-column table from {@code line} on; returns the line after it and a blank one. */
    private static int table(Sheet sheet, int line, CellStyle header, List<String> titles, List<List<String>> rows) {
        var top = sheet.createRow(line++);
        for (int i = 0; i < titles.size(); i++) {
            top.createCell(i).setCellValue(titles.get(i));
            top.getCell(i).setCellStyle(header);
        }
        for (List<String> values : rows) {
            var row = sheet.createRow(line++);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
        return line + 1;
    }
}

package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Rejected rows are reported cell by cell, with the row numbers Excel shows, and exported without formulas. */
@Tag("stack")
@QuarkusTest
class ImportErrorReportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void everyProblemOfARejectedRowIsListedAndTheRowWritesNothing() {
        String institution = TestData.registerInstitution();
        JsonPath job = Imports.finished(Imports.start(institution, "row-errors.xlsx"));
        assertThat(job.getInt("rowsTotal")).as("the empty row 3 is skipped").isEqualTo(3);
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getInt("rejected")).isEqualTo(2);
        assertThat(Imports.resultsOf(institution)).extracting(r -> r.get("title")).containsExactly("合格成果");

        List<String> lines = Imports.errorsCsv(job.getString("id")).lines().toList();
        assertThat(lines).containsExactly(
                "row,column,value,reason",
                "4,成果名称,,must not be blank",
                "4,技术领域,蒸汽机,unknown technical-field '蒸汽机'",
                "4,成熟度,差不多,\"'差不多' is not one of 实验室, 小试, 中试, 产业化 ([LAB, PILOT, SCALE_UP, INDUSTRIALISED])\"",
                "4,专利号,ZL202110123456.3,check digit of 'ZL202110123456.3' is '3' but should be '7'",
                "5,产业链,'+steam,unknown industry-chain '+steam'",
                "5,成熟度,'=A1,\"'=A1' is not one of 实验室, 小试, 中试, 产业化 ([LAB, PILOT, SCALE_UP, INDUSTRIALISED])\"",
                "5,合作方式,'@cmd,\"'@cmd' is not one of 技术转让, 许可, 合作开发, 委托开发, 技术咨询, 共建平台"
                        + " ([TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, CONSULTING, JOINT_PLATFORM])\"",
                "5,参考价格（万元）,'-5,must be greater than or equal to 0");
    }

    @Test
    void theReportIsAlsoAWorkbookWhoseCellsCannotRunAsFormulas() throws Exception {
        String institution = TestData.registerInstitution();
        String jobId = Imports.finished(Imports.start(institution, "row-errors.xlsx")).getString("id");
        byte[] byAccept = asAdmin().header("Accept", XLSX)
                .when().get("/imports/" + jobId + "/errors")
                .then().statusCode(200).contentType(startsWith(XLSX))
                .extract().asByteArray();
        byte[] byQuery = asAdmin().queryParam("format", "xlsx")
                .when().get("/imports/" + jobId + "/errors")
                .then().statusCode(200).contentType(startsWith(XLSX))
                .extract().asByteArray();
        for (byte[] report : List.of(byAccept, byQuery)) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
                Sheet sheet = workbook.getSheetAt(0);
                DataFormatter text = new DataFormatter();
                List<String> values = new ArrayList<>();
                for (Row row : sheet) {
                    values.add(text.formatCellValue(row.getCell(0)) + "|" + text.formatCellValue(row.getCell(1)) + "|"
                            + text.formatCellValue(row.getCell(2)));
                    assertThat(row.getCell(2) == null ? null : row.getCell(2).getCellType())
                            .isNotEqualTo(CellType.FORMULA);
                }
                assertThat(values).containsExactly("row|column|value", "4|成果名称|", "4|技术领域|蒸汽机", "4|成熟度|差不多",
                        "4|专利号|ZL202110123456.3", "5|产业链|'+steam", "5|成熟度|'=A1", "5|合作方式|'@cmd",
                        "5|参考价格（万元）|'-5");
            }
        }
        asAdmin().queryParam("format", "pdf")
                .when().get("/imports/" + jobId + "/errors")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }
}

package org.innovationbridge.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.TopicReader;
import org.innovationbridge.research.messaging.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

/** Real compilations in each accepted format, imported through the real PostgreSQL and published to Kafka. */
@Tag("stack")
@QuarkusTest
class ImportFormatsTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;

    @Test
    void anXlsxCompilationIsImportedAsDraftsWithCodesFromNames() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RESULT_EVENTS)) {
            String institution = TestData.registerInstitution();
            var accepted = Imports.upload(institution, "results.xlsx", Imports.fixture("results.xlsx"))
                    .statusCode(202)
                    .body("status", oneOf("QUEUED", "RUNNING", "DONE"))
                    .body("format", equalTo("XLSX"))
                    .body("rowsTotal", equalTo(3))
                    .extract();
            String jobId = accepted.path("id");
            assertThat(accepted.header("Location")).startsWith("http").endsWith("/imports/" + jobId);
            JsonPath job = Imports.finished(jobId);
            assertThat(job.getString("status")).isEqualTo("DONE");
            assertThat(job.getInt("rowsDone")).isEqualTo(3);
            assertThat(job.getInt("accepted")).isEqualTo(3);
            assertThat(job.getInt("created")).isEqualTo(3);
            assertThat(job.getInt("rejected")).isZero();
            assertThat(job.getList("warnings", String.class))
                    .containsExactly("column K '备注' is not a known column and was ignored");

            List<Map<String, Object>> results = Imports.resultsOf(institution);
            assertThat(results).extracting(r -> r.get("title"))
                    .containsExactlyInAnyOrder("镁基固态储氢材料", "伺服直驱数控螺旋压力机", "海洋生物多糖提取技术");
            assertThat(results).extracting(r -> r.get("status")).containsOnly("DRAFT");
            Map<String, Object> storage = Imports.resultTitled(institution, "镁基固态储氢材料");
            assertThat(storage.get("technicalFields")).isEqualTo(List.of("new-materials-tech"));
            assertThat(storage.get("industryChains")).isEqualTo(List.of("hydrogen-energy-storage", "new-materials"));
            assertThat(storage.get("keywords")).isEqualTo(List.of("固态储氢", "镁基合金"));
            assertThat(storage.get("maturity")).isEqualTo("PILOT");
            assertThat(storage.get("patents")).isEqualTo(List.of("ZL202110123456.7"));
            assertThat(storage.get("cooperationModes")).isEqualTo(List.of("LICENCE", "JOINT_DEVELOPMENT"));
            assertThat(((Number) storage.get("indicativePrice")).doubleValue()).isEqualTo(300.0);
            assertThat(storage.get("teamLead")).isEqualTo("陈教授");
            Map<String, Object> press = Imports.resultTitled(institution, "伺服直驱数控螺旋压力机");
            assertThat(press.get("industryChains")).isEqualTo(List.of("intelligent-equipment", "high-end-equipment"));
            assertThat(press.get("maturity")).isEqualTo("SCALE_UP");
            assertThat(press.get("indicativePrice")).as("面议 is no price").isNull();
            assertThat(press.get("teamLead")).isNull();
            Map<String, Object> marine = Imports.resultTitled(institution, "海洋生物多糖提取技术");
            assertThat(marine.get("technicalFields")).isEqualTo(List.of("biomedicine"));
            assertThat(marine.get("maturity")).isEqualTo("LAB");
            assertThat(marine.get("cooperationModes")).isEqualTo(List.of("CONSULTING"));

            // each row's transaction carried its event: three result.created, as the matching-service reads them
            String storageId = (String) storage.get("id");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (Map<String, Object> result : results) {
                    assertThat(topic.eventsOf((String) result.get("id"))).hasSize(1);
                }
            });
            JsonNode created = topic.eventsOf(storageId).get(0);
            assertThat(created.path("eventType").asText()).isEqualTo("result.created");
            assertThat(created.path("aggregateVersion").asLong()).isZero();
            assertThat(created.path("payload").path("institutionId").asText()).isEqualTo(institution);
            assertThat(created.path("payload").path("industryChains")).extracting(JsonNode::asText)
                    .containsExactly("hydrogen-energy-storage", "new-materials");
        }
    }

    @Test
    void aGbkCsvIsDetectedAndReadWithQuotedCommasAndLineBreaks() {
        String institution = TestData.registerInstitution();
        JsonPath job = Imports.finished(Imports.start(institution, "results-gbk.csv"));
        assertThat(job.getString("format")).isEqualTo("CSV");
        assertThat(job.getString("encoding")).isEqualTo("GB18030");
        assertThat(job.getInt("rowsTotal")).as("the row of empty cells is skipped").isEqualTo(2);
        assertThat(job.getInt("created")).isEqualTo(2);
        Map<String, Object> solar = Imports.resultTitled(institution, "高效钙钛矿光伏组件");
        assertThat((String) solar.get("summary")).isEqualTo("转换效率22%，\r\n可柔性封装");
        assertThat(solar.get("technicalFields")).isEqualTo(List.of("new-energy-saving"));
        assertThat(solar.get("keywords")).isEqualTo(List.of("钙钛矿", "光伏"));
        assertThat(solar.get("cooperationModes")).isEqualTo(List.of("COMMISSIONED_DEVELOPMENT"));
        Map<String, Object> gateway = Imports.resultTitled(institution, "工业互联网边缘网关");
        assertThat(gateway.get("summary")).isEqualTo("支持Modbus, OPC UA协议");
        assertThat(gateway.get("keywords")).isEqualTo(List.of("边缘计算", "网关"));
        assertThat(gateway.get("cooperationModes")).isEqualTo(List.of("TRANSFER", "LICENCE"));
        assertThat(gateway.get("maturity")).isEqualTo("INDUSTRIALISED");
        assertThat(((Number) gateway.get("indicativePrice")).intValue()).isEqualTo(1200);
    }

    @Test
    void aUtf8CsvWithBomAndEnglishOrRetypedHeadersIsRead() {
        String institution = TestData.registerInstitution();
        JsonPath job = Imports.finished(Imports.start(institution, "results-utf8-bom.csv"));
        assertThat(job.getString("encoding")).isEqualTo("UTF-8 (BOM)");
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getList("warnings")).isEmpty();
        Map<String, Object> result = Imports.resultTitled(institution, "锂电池正极材料回收工艺");
        assertThat(result.get("summary")).isEqualTo("回收率98%，\"绿色\"工艺");
        assertThat(result.get("industryChains")).isEqualTo(List.of("new-energy", "energy-saving-environmental"));
        assertThat(((Number) result.get("indicativePrice")).intValue()).isEqualTo(50);
        assertThat(result.get("teamLead")).isEqualTo("赵教授");
    }

    @Test
    void aJsonArrayWithFieldNamesOrChineseKeysIsImportedAndPublishedOnRequest() throws Exception {
        try (TopicReader topic = new TopicReader(bootstrapServers, Topics.RESULT_EVENTS)) {
            String institution = TestData.registerInstitution();
            JsonPath job = Imports.finished(Imports.start(institution, "results.json", "publish", "true"));
            assertThat(job.getString("format")).isEqualTo("JSON");
            assertThat(job.getBoolean("publish")).isTrue();
            assertThat(job.getInt("rowsTotal")).as("the empty object is skipped").isEqualTo(2);
            assertThat(job.getInt("created")).isEqualTo(2);
            Map<String, Object> navigation = Imports.resultTitled(institution, "智能农机导航系统");
            assertThat(navigation.get("status")).isEqualTo("PUBLISHED");
            assertThat(navigation.get("technicalFields")).isEqualTo(List.of("electronic-information-tech"));
            assertThat(navigation.get("industryChains")).isEqualTo(List.of("intelligent-equipment", "agri-food"));
            assertThat(navigation.get("patents")).isEqualTo(List.of("CN212345678U"));
            Map<String, Object> tea = Imports.resultTitled(institution, "茶叶智能分选设备");
            assertThat(tea.get("maturity")).isEqualTo("SCALE_UP");
            assertThat(tea.get("industryChains")).isEqualTo(List.of("intelligent-equipment", "agri-food"));
            String id = (String) navigation.get("id");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(topic.eventsOf(id)).hasSize(1));
            assertThat(topic.eventsOf(id).get(0).path("payload").path("status").asText()).isEqualTo("PUBLISHED");
        }
    }

    @Test
    void theTemplateHasTheChineseHeadersAnExampleAndImportsAsItIs() throws Exception {
        byte[] template = asAdmin().when().get("/imports/template")
                .then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", startsWith("attachment;"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(text.formatCellValue(cell)));
            assertThat(headers).containsExactly("成果名称", "成果简介", "技术领域", "产业链", "关键词", "成熟度", "专利号",
                    "合作方式", "参考价格（万元）", "团队负责人");
            assertThat(text.formatCellValue(data.getRow(1).getCell(0))).isEqualTo("伺服直驱数控螺旋压力机");
            assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
        }
        String institution = TestData.registerInstitution();
        JsonPath job = Imports.finished(Imports.upload(institution, "成果汇编模板.xlsx", template).statusCode(202)
                .extract().path("id"));
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(Imports.resultTitled(institution, "伺服直驱数控螺旋压力机").get("industryChains"))
                .isEqualTo(List.of("intelligent-equipment", "high-end-equipment"));
    }

    @Test
    void aJobCanBeReadAndUnknownOnesAreNotFound() {
        asAdmin().when().get("/imports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", is("import job 00000000-0000-0000-0000-000000000000 does not exist"));
    }
}

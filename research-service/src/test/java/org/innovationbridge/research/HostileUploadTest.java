package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Files built to break an import: each is read correctly or refused whole with a 4xx, never a 5xx. */
@Tag("stack")
@QuarkusTest
class HostileUploadTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void mergedCellsGiveTheirTopLeftValueAndATitleRowAboveTheHeaderIsSkipped() {
        String institution = TestData.registerInstitution();
        JsonPath job = Imports.finished(Imports.start(institution, "merged.xlsx"));
        assertThat(job.getInt("created")).isEqualTo(3);
        assertThat(job.getList("warnings", String.class)).containsExactly("row 1 above the header (row 2) was ignored");
        for (String title : new String[]{"高温合金叶片", "碳纤维复合材料", "陶瓷基复合材料"}) {
            assertThat(Imports.resultTitled(institution, title).get("technicalFields")).isEqualTo(List.of("new-materials-tech"));
        }
        assertThat(Imports.resultTitled(institution, "碳纤维复合材料").get("teamLead")).isEqualTo("陈教授");
        assertThat(Imports.resultTitled(institution, "陶瓷基复合材料").get("teamLead")).isEqualTo("李教授");
    }

    @Test
    void formulasGiveTheValueExcelCachedAndAreNeverEvaluated() {
        String institution = TestData.registerInstitution();
        JsonPath job = Imports.finished(Imports.start(institution, "formulas.xlsx"));
        assertThat(job.getInt("created")).isEqualTo(1);
        Map<String, Object> result = Imports.resultTitled(institution, "公式计算的成果名称");
        assertThat(result.get("maturity")).isEqualTo("SCALE_UP");
        assertThat(((Number) result.get("indicativePrice")).intValue()).as("cached 250, though 100*3 is 300").isEqualTo(250);
        assertThat(result.get("keywords")).as("a formula saved without a value is empty").isEqualTo(List.of());
    }

    @Test
    void aZipBombPosingAsAWorkbookIsRefusedBeforeItUnpacks() {
        String institution = TestData.registerInstitution();
        Imports.upload(institution, "zip-bomb.xlsx", Imports.fixture("zip-bomb.xlsx"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:innovation-bridge:error:unreadable-file"))
                .body("detail", containsString("not a valid spreadsheet"))
                .body("detail", containsString("zip bomb"));
        assertThat(Imports.resultsOf(institution)).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWhateverItsName() {
        String institution = TestData.registerInstitution();
        Imports.upload(institution, "not-a-workbook.xlsx", Imports.fixture("not-a-workbook.xlsx"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("not a valid spreadsheet: the file is named .xlsx but is not an Excel workbook"));
        byte[] damaged = Arrays.copyOf(Imports.fixture("results.xlsx"), 1500);
        Imports.upload(institution, "damaged.xlsx", damaged)
                .statusCode(422)
                .body("detail", equalTo("not a valid spreadsheet: it is not an Excel workbook (.xlsx), or it is damaged"));
        Imports.upload(institution, "old.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})
                .statusCode(415)
                .body("detail", containsString("save the file as .xlsx"));
        Imports.upload(institution, "report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .statusCode(415)
                .contentType(PROBLEM);
        Imports.upload(institution, "results.csv", Imports.fixture("results.xlsx"))
                .statusCode(415)
                .body("detail", containsString("is a workbook"));
    }

    @Test
    void missingOrRenamedRequiredHeadersRefuseTheWholeUploadNamingThem() {
        String institution = TestData.registerInstitution();
        Imports.upload(institution, "missing-headers.csv", Imports.fixture("missing-headers.csv"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", equalTo("required columns are missing: 成果简介, 成熟度"))
                .body("errors.field", hasItems("成果简介", "成熟度"))
                .body("errors[0].reason", equalTo("required column is missing; its header is 成果简介 or summary"));
        assertThat(Imports.resultsOf(institution)).isEmpty();
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithAHint() {
        String institution = TestData.registerInstitution();
        // Big5 bytes decode as GB18030 gibberish: no header is recognised
        Imports.upload(institution, "wrong-encoding.csv", Imports.fixture("wrong-encoding.csv"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("is the CSV in UTF-8 or GBK"));
        Imports.upload(institution, "broken.csv", new byte[]{'a', ',', (byte) 0xFF, (byte) 0xFF, '\n'})
                .statusCode(422)
                .body("detail", equalTo("the text is neither UTF-8 nor GBK (GB18030); save the CSV as UTF-8"));
    }

    @Test
    void moreRowsThanTheLimitAreRefusedBeforeAnythingIsWritten() {
        String institution = TestData.registerInstitution();
        StringBuilder csv = new StringBuilder("成果名称,成果简介,成熟度\n");
        for (int i = 1; i <= 20_001; i++) {
            csv.append("成果").append(i).append(",简介,中试\n");
        }
        Imports.upload(institution, "too-many.csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", equalTo("the file has more than 20000 rows, the limit of one upload;"
                        + " split it into several files"));
        assertThat(Imports.resultsOf(institution)).isEmpty();
    }

    @Test
    void anOversizeUploadGetsA413ProblemWhetherItsLengthIsAnnouncedOrNot() throws Exception {
        String institution = TestData.registerInstitution();
        byte[] oversize = new byte[21 * 1024 * 1024];
        new Random(7).nextBytes(oversize);
        // REST Assured streams a multipart body chunked: the form parser stops it at the limit
        Imports.upload(institution, "huge.xlsx", oversize)
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:innovation-bridge:error:payload-too-large"))
                .body("detail", equalTo("the request body is larger than 20 MB, the most this service accepts"));
        // with a Content-Length the body is refused before it is parsed, and read to its end before the answer
        String boundary = "hostile-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xlsx\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOf(head, head.length + oversize.length);
        System.arraycopy(oversize, 0, body, head.length, oversize.length);
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/institutions/" + institution + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).contains(PROBLEM);
        assertThat(refused.body()).contains("urn:innovation-bridge:error:payload-too-large");
        assertThat(Imports.resultsOf(institution)).isEmpty();
    }

    @Test
    void malformedRequestsAreNamedProblems() {
        String institution = TestData.registerInstitution();
        Imports.upload(institution, "empty.csv", new byte[0])
                .statusCode(400).body("detail", equalTo("the file is empty"));
        Imports.upload(institution, "object.json", "{\"title\": \"不是数组\"}".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("detail", equalTo("a JSON upload must be an array of objects, one per result"));
        Imports.upload(institution, "broken.json", "[{\"title\": ".getBytes(StandardCharsets.UTF_8))
                .statusCode(422).body("detail", containsString("not valid JSON at line 1"));
        Imports.upload(institution, "header-only.csv", "成果名称,成果简介,成熟度\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).body("detail", equalTo("the file has no rows to import below its header (row 1)"));
        Imports.upload(institution, "results.json", Imports.fixture("results.json"), "publish", "maybe")
                .statusCode(400).body("errors[0].field", equalTo("publish"));
        asAdmin().multiPart("upload", "results.json", Imports.fixture("results.json"))
                .when().post("/institutions/" + institution + "/imports")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("file"));
        asAdmin().contentType("application/json").body("[]")
                .when().post("/institutions/" + institution + "/imports")
                .then().statusCode(415).contentType(PROBLEM);
        Imports.upload("00000000-0000-0000-0000-000000000000", "results.json", Imports.fixture("results.json"))
                .statusCode(404).contentType(PROBLEM);
        assertThat(Imports.resultsOf(institution)).isEmpty();
    }
}

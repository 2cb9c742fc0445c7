package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A compilation at the row limit, generated here (never committed), imported in full. */
@Tag("stack")
@QuarkusTest
class LargeImportTest {
    private static final int ROWS = 20_000;

    @Test
    void aTwentyThousandRowWorkbookIsImportedWhole() {
        String institution = TestData.registerInstitution();
        byte[] workbook = CompilationFiles.large(ROWS);
        String jobId = Imports.upload(institution, "large.xlsx", workbook)
                .statusCode(202)
                .body("rowsTotal", equalTo(ROWS))
                .extract().path("id");
        JsonPath job = Imports.finished(jobId, Duration.ofMinutes(10));
        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("rowsDone")).isEqualTo(ROWS);
        assertThat(job.getInt("created")).isEqualTo(ROWS);
        assertThat(job.getInt("rejected")).isZero();
        asAdmin().queryParam("institutionId", institution).queryParam("size", 1)
                .when().get("/results")
                .then().statusCode(200)
                .body("total", equalTo(ROWS));
    }
}

package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

/** The API description is served and carries the domain's own (Chinese) examples. */
@Tag("stack")
@QuarkusTest
class OpenApiTest {
    @Test
    void theDocumentDescribesTheEndpointsWithExamples() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/institutions'.post", notNullValue())
                .body("paths.'/results/{id}/status'.put", notNullValue())
                .body(containsString("伺服直驱数控螺旋压力机"))
                .body(containsString("镁基"));
    }
}

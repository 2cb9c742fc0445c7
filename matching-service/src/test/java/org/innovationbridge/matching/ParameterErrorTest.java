package org.innovationbridge.matching;

import io.quarkus.test.junit.QuarkusTest;
import org.innovationbridge.kit.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A refused query parameter is named as the client wrote it (found by deploy/hostile-suite naming a Java name). */
@Tag("stack")
@QuarkusTest
class ParameterErrorTest {
    @Test
    void anOutOfRangeThresholdIsNamedByItsQueryParameter() {
        given().auth().oauth2(Tokens.admin()).queryParam("chain", "new-materials").queryParam("minEnterprises", "0")
                .when().get("/insights/common-needs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("minEnterprises"));
    }
}

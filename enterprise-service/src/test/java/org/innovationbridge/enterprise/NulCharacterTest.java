package org.innovationbridge.enterprise;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A NUL (U+0000) cannot be stored in PostgreSQL text: found by deploy/hostile-suite as 500s, now 400s naming the field. */
@Tag("stack")
@QuarkusTest
class NulCharacterTest {
    @Test
    void aNulInABodyFieldIsRefusedNamingTheField() {
        Map<String, Object> enterprise = new HashMap<>(TestData.enterprise(TestData.newCreditCode()));
        enterprise.put("name", "淄博\u0000科技");
        TestData.asAdmin().contentType("application/json").body(enterprise)
                .when().post("/enterprises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].reason", containsString("NUL"));

        Map<String, Object> problem = new HashMap<>(TestData.problem(TestData.registerEnterprise(), "储氢", "储氢材料"));
        problem.put("keywords", List.of("储氢", "镁\u0000基"));
        TestData.asAdmin().contentType("application/json").body(problem)
                .when().post("/problems")
                .then().statusCode(400)
                .body("errors[0].field", startsWith("keywords"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        given().queryParam("q", "储\u0000氢")
                .when().get("/problems")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().queryParam("district", "\u0000")
                .when().get("/enterprises")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("district"));
    }
}

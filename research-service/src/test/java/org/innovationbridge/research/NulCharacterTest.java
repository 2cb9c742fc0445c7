package org.innovationbridge.research;

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
        Map<String, Object> institution = new HashMap<>(TestData.institution());
        institution.put("name", "淄博\u0000大学");
        TestData.asAdmin().contentType("application/json").body(institution)
                .when().post("/institutions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].reason", containsString("NUL"));

        Map<String, Object> result = new HashMap<>(TestData.result(TestData.registerInstitution(), "镁基储氢", "镁基储氢合金"));
        result.put("industryChains", List.of("hydrogen\u0000-energy-storage"));
        TestData.asAdmin().contentType("application/json").body(result)
                .when().post("/results")
                .then().statusCode(400)
                .body("errors[0].field", startsWith("industryChains"));
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingTheParameter() {
        given().queryParam("q", "储\u0000氢")
                .when().get("/results")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().queryParam("chain", "\u0000")
                .when().get("/results")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("chain"));
    }
}

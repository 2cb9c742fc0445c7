package org.innovationbridge.enterprise;

import io.restassured.specification.RequestSpecification;
import org.innovationbridge.kit.organisation.CreditCode;
import org.innovationbridge.kit.test.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds valid requests with fresh identities, so tests never depend on each other's data. */
public final class TestData {
    private TestData() {
    }

    /** A valid unified social credit code nobody has registered yet (random organisation part). */
    public static String newCreditCode() {
        return CreditCode.random("91350105");
    }

    public static Map<String, Object> enterprise(String creditCode) {
        return Map.of(
                "name", "淄博固态氢能科技有限公司",
                "creditCode", creditCode,
                "district", "linzi",
                "industryChains", java.util.List.of("hydrogen-energy-storage"),
                "technicalFields", java.util.List.of("new-materials-tech"),
                "sizeClass", "SMALL",
                "flags", java.util.List.of("专精特新"),
                "contact", Map.of("person", "林工", "phone", "0533-87654321", "email", "lin@example.cn"));
    }

    /** A request as an admin, who may do everything: the tests of domain rules run as one. */
    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(Tokens.admin());
    }

    /** Registers a fresh enterprise and returns its id. */
    public static String registerEnterprise() {
        return asAdmin().contentType("application/json").body(enterprise(newCreditCode()))
                .when().post("/enterprises")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static Map<String, Object> problem(String enterpriseId, String title, String description) {
        return Map.of(
                "enterpriseId", enterpriseId,
                "title", title,
                "description", description,
                "industryChain", "hydrogen-energy-storage",
                "technicalFields", java.util.List.of("new-materials-tech"),
                "keywords", java.util.List.of("固态储氢", "镁基合金"),
                "cooperationModes", java.util.List.of("JOINT_DEVELOPMENT", "LICENCE"),
                "budgetMin", 50,
                "budgetMax", 200,
                "visibility", "PUBLIC");
    }
}

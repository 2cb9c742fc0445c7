package org.innovationbridge.research;

import io.restassured.specification.RequestSpecification;
import org.innovationbridge.kit.test.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Builds valid requests; every test registers its own institution, so tests never depend on each other's data. */
public final class TestData {
    /** A request as an admin, who may do everything: the tests of domain rules run as one. */
    public static RequestSpecification asAdmin() {
        return given().auth().oauth2(Tokens.admin());
    }

    public static final String INSTITUTION_NAME = "齐都理工大学材料科学与工程学院";

    private TestData() {
    }

    public static Map<String, Object> institution() {
        return Map.of(
                "name", INSTITUTION_NAME,
                "type", "UNIVERSITY",
                "region", "zichuan",
                "contact", Map.of("person", "陈教授", "phone", "0533-22866000", "email", "chen@example.edu.cn"));
    }

    /** Registers a fresh institution and returns its id. */
    public static String registerInstitution() {
        return asAdmin().contentType("application/json").body(institution())
                .when().post("/institutions")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static Map<String, Object> result(String institutionId, String title, String summary) {
        return Map.ofEntries(
                Map.entry("institutionId", institutionId),
                Map.entry("title", title),
                Map.entry("summary", summary),
                Map.entry("industryChains", List.of("hydrogen-energy-storage", "new-materials")),
                Map.entry("technicalFields", List.of("new-materials-tech")),
                Map.entry("keywords", List.of("固态储氢", "镁基合金")),
                Map.entry("maturity", "PILOT"),
                Map.entry("patents", List.of("ZL202110123456.7", "CN112345678B")),
                Map.entry("cooperationModes", List.of("LICENCE", "JOINT_DEVELOPMENT")),
                Map.entry("indicativePrice", 300),
                Map.entry("teamLead", "陈教授"));
    }

    /** Creates a draft result of a fresh institution and returns the result's id. */
    public static String createDraft() {
        return asAdmin().contentType("application/json")
                .body(result(registerInstitution(), "伺服直驱数控螺旋压力机", "大扭矩伺服电机直接驱动螺杆，取消飞轮与离合器。"))
                .when().post("/results")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Moves a result to a status from the version given; returns the new ETag's version. */
    public static int moveTo(String resultId, int version, String status) {
        String etag = asAdmin().contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("status", status))
                .when().put("/results/" + resultId + "/status")
                .then().statusCode(200)
                .extract().header("ETag");
        return Integer.parseInt(etag.replace("\"", ""));
    }
}

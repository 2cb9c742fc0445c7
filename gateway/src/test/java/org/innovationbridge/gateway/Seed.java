package org.innovationbridge.gateway;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.innovationbridge.kit.organisation.CreditCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * Data a journey starts from, made through the gateway's public API the way other users would make it: accounts,
 * enterprises and institutions created with their own tokens, problems and results published.
 */
final class Seed {
    static final String PASSWORD = "journey-password-1";

    private Seed() {
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/sign-in")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** A new user of role enterprise or institution, signed in. */
    static String newUser(String role) {
        String username = uniqueName(role);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "role", role))
                .when().post("/api/auth/register")
                .then().statusCode(201);
        return signIn(username, PASSWORD);
    }

    /** An organiser account, created by the admin seeded from the admin password. */
    static String newOrganiser() {
        String admin = signIn(PlatformServices.ADMIN_USERNAME, PlatformServices.ADMIN_PASSWORD);
        String username = uniqueName("organiser");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "role", "organiser"))
                .when().post("/api/auth/users")
                .then().statusCode(201);
        return username;
    }

    private static String refreshed(String token) {
        return given().auth().oauth2(token).when().post("/api/auth/refresh")
                .then().statusCode(200)
                .extract().path("token");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** An enterprise with one published problem; returns the problem's id. */
    static String enterpriseWithProblem(String enterpriseName, String title, String description, String chain) {
        String token = newUser("enterprise");
        String enterprise = as(token).body(Map.of("name", enterpriseName, "creditCode", creditCode(),
                        "district", "zichuan", "industryChains", List.of(chain), "sizeClass", "SMALL"))
                .when().post("/api/enterprises")
                .then().statusCode(201)
                .extract().path("id");
        token = refreshed(token);
        String problem = as(token).body(Map.of("enterpriseId", enterprise, "title", title, "description", description,
                        "industryChain", chain))
                .when().post("/api/problems")
                .then().statusCode(201)
                .extract().path("id");
        as(token).header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                .when().put("/api/problems/" + problem + "/status")
                .then().statusCode(200);
        return problem;
    }

    /** An institution with published results (title, summary pairs); returns the results' ids. */
    static List<String> institutionWithResults(String institutionName, String chain, String... titlesAndSummaries) {
        String token = newUser("institution");
        String institution = as(token).body(Map.of("name", institutionName, "type", "UNIVERSITY", "region", "zhangdian"))
                .when().post("/api/institutions")
                .then().statusCode(201)
                .extract().path("id");
        token = refreshed(token);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < titlesAndSummaries.length; i += 2) {
            String id = as(token).body(Map.of("institutionId", institution, "title", titlesAndSummaries[i],
                            "summary", titlesAndSummaries[i + 1], "industryChains", List.of(chain),
                            "maturity", "PILOT"))
                    .when().post("/api/results")
                    .then().statusCode(201)
                    .extract().path("id");
            as(token).header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                    .when().put("/api/results/" + id + "/status")
                    .then().statusCode(200);
            ids.add(id);
        }
        return ids;
    }

    /** Waits until the matcher has indexed these problems or results (kind "problems" or "results"). */
    static void awaitSearchable(String kind, String query, List<String> ids) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            for (String id : ids) {
                given().queryParam("q", query).queryParam("size", 100)
                        .when().get("/api/search/" + kind)
                        .then().statusCode(200)
                        .body("hits.id", hasItem(id));
            }
        });
    }

    /** A valid unified social credit code (GB 32100-2015 check character) with a random organisation part. */
    static String creditCode() {
        return CreditCode.random("91350121");
    }
}

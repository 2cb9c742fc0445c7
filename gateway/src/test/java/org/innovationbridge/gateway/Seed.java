package org.innovationbridge.gateway;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.innovationbridge.kit.organisation.CreditCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** An account that can sign in in a browser too; its token carries its organisation once it has one. */
    record Account(String username, String token, String organisationId) {
    }

    /** A new user of role enterprise or institution, signed in. */
    static String newUser(String role) {
        return newAccount(role).token();
    }

    private static Account newAccount(String role) {
        String username = uniqueName(role);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "role", role))
                .when().post("/api/auth/register")
                .then().statusCode(201);
        return new Account(username, signIn(username, PASSWORD), null);
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

    /** A new enterprise account with its enterprise (and the contact person, phone and email given, if any). */
    static Account enterprise(String enterpriseName, String chain, Map<String, String> contact) {
        Account account = newAccount("enterprise");
        Map<String, Object> body = new HashMap<>(Map.of("name", enterpriseName, "creditCode", creditCode(),
                "district", "zichuan", "industryChains", List.of(chain), "sizeClass", "SMALL"));
        if (!contact.isEmpty()) {
            body.put("contact", contact);
        }
        String id = as(account.token()).body(body)
                .when().post("/api/enterprises")
                .then().statusCode(201)
                .extract().path("id");
        return new Account(account.username(), refreshed(account.token()), id);
    }

    /** A new institution account with its university (and the contact given, if any). */
    static Account institution(String institutionName, Map<String, String> contact) {
        Account account = newAccount("institution");
        Map<String, Object> body = new HashMap<>(Map.of("name", institutionName, "type", "UNIVERSITY",
                "region", "zhangdian"));
        if (!contact.isEmpty()) {
            body.put("contact", contact);
        }
        String id = as(account.token()).body(body)
                .when().post("/api/institutions")
                .then().statusCode(201)
                .extract().path("id");
        return new Account(account.username(), refreshed(account.token()), id);
    }

    /** A published problem of this enterprise; returns its id. */
    static String publishedProblem(Account enterprise, String title, String description, String chain) {
        String problem = as(enterprise.token()).body(Map.of("enterpriseId", enterprise.organisationId(), "title", title,
                        "description", description, "industryChain", chain))
                .when().post("/api/problems")
                .then().statusCode(201)
                .extract().path("id");
        return published(enterprise, "/api/problems/" + problem);
    }

    /** A published result of this institution; returns its id. */
    static String publishedResult(Account institution, String title, String summary, String chain) {
        String result = as(institution.token()).body(Map.of("institutionId", institution.organisationId(), "title", title,
                        "summary", summary, "industryChains", List.of(chain), "maturity", "PILOT"))
                .when().post("/api/results")
                .then().statusCode(201)
                .extract().path("id");
        return published(institution, "/api/results/" + result);
    }

    private static String published(Account owner, String path) {
        as(owner.token()).header("If-Match", "\"0\"").body(Map.of("status", "PUBLISHED"))
                .when().put(path + "/status")
                .then().statusCode(200);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** An enterprise with one published problem; returns the problem's id. */
    static String enterpriseWithProblem(String enterpriseName, String title, String description, String chain) {
        return publishedProblem(enterprise(enterpriseName, chain, Map.of()), title, description, chain);
    }

    /** An institution with published results (title, summary pairs); returns the results' ids. */
    static List<String> institutionWithResults(String institutionName, String chain, String... titlesAndSummaries) {
        Account institution = institution(institutionName, Map.of());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < titlesAndSummaries.length; i += 2) {
            ids.add(publishedResult(institution, titlesAndSummaries[i], titlesAndSummaries[i + 1], chain));
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

package org.innovationbridge.research;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.research.TestData.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

/** Uploads compilations the way a client does (multipart, part "file") and waits for their jobs. */
public final class Imports {
    private Imports() {
    }

    /** A fixture of src/test/resources/imports/. */
    public static byte[] fixture(String name) {
        try (InputStream in = Imports.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatableResponse upload(String institutionId, String fileName, byte[] content, String... fields) {
        RequestSpecification request = asAdmin().multiPart("file", fileName, content);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.multiPart(fields[i], fields[i + 1]);
        }
        return request.when().post("/institutions/" + institutionId + "/imports").then();
    }

    /** Uploads a fixture, expects its job to be accepted and returns the job's id. */
    public static String start(String institutionId, String fixture, String... fields) {
        return upload(institutionId, fixture, fixture(fixture), fields).statusCode(202).extract().path("id");
    }

    /** Polls the job until it is DONE or FAILED and returns its last state. */
    public static JsonPath finished(String jobId, Duration atMost) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = asAdmin().when().get("/imports/" + jobId).then().statusCode(200).extract().jsonPath();
            String status = last[0].getString("status");
            return status.equals("DONE") || status.equals("FAILED");
        });
        return last[0];
    }

    public static JsonPath finished(String jobId) {
        return finished(jobId, Duration.ofSeconds(30));
    }

    /** The institution's results sorted by title, at most 100. */
    public static List<Map<String, Object>> resultsOf(String institutionId) {
        return asAdmin().queryParam("institutionId", institutionId).queryParam("size", 100).queryParam("sort", "title")
                .when().get("/results")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    public static Map<String, Object> resultTitled(String institutionId, String title) {
        return resultsOf(institutionId).stream().filter(r -> title.equals(r.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("no result titled " + title));
    }

    /** The error report as CSV text, without its byte-order mark. */
    public static String errorsCsv(String jobId) {
        String csv = asAdmin().when().get("/imports/" + jobId + "/errors")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}

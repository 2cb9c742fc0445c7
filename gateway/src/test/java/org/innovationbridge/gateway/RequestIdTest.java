package org.innovationbridge.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** The gateway's own side of request ids (the services' side runs in {@link PlatformSliceIT}), and its meters. */
@Tag("stack")
@QuarkusTest
class RequestIdTest {
    /** On the management interface (whose root path, /q, the annotation adds), not on the public port. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aValidIdIsKeptAndAnythingElseIsReplaced() {
        given().header("X-Request-Id", "client-42.a:b_c")
                .when().get("/")
                .then().statusCode(200).header("X-Request-Id", equalTo("client-42.a:b_c"));
        String replaced = given().header("X-Request-Id", "a b\r\nforged: line")
                .when().get("/")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        String made = given().when().get("/api/auth/me")
                .then().statusCode(401).header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");
        assertThat(made).isNotEqualTo(replaced);
        given().header("X-Request-Id", "x".repeat(129))
                .when().get("/")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void anUnreachableServiceStillAnswersWithTheRequestId() {
        // in this test the services are not running: the proxy's 502 carries the id too
        given().header("X-Request-Id", "upstream-down-1")
                .when().get("/api/problems")
                .then().statusCode(502).header("X-Request-Id", equalTo("upstream-down-1"));
    }

    @Test
    void prometheusMetricsIncludeTheProxiedRequests() {
        given().when().get("/");
        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}

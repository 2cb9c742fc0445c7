package org.innovationbridge.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Health, metrics and the gateway's own OpenAPI document answer on the management interface only. */
@Tag("stack")
@QuarkusTest
class SecurityManagementPortTest {
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health", "/q/health/ready", "/q/openapi"})
    void managementEndpointsAreNotOnThePublicPort(String path) {
        assertThat(given().when().get(path).then().extract().statusCode()).as(path).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health/ready", "/q/openapi"})
    void theyAnswerOnTheManagementInterface(String path) {
        given().when().get(URI.create(management.toString()).resolve(path)).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/metrics", "/q/health"})
    void thePublicPortAnswersItsOwnNotFoundProblem(String path) {
        given().when().get(path).then().statusCode(404).header("Content-Security-Policy", containsString("default-src"));
    }
}

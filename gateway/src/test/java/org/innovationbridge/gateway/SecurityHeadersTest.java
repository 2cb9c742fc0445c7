package org.innovationbridge.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every answer of the gateway carries the security headers: the UI, its files, the gateway's API and proxied paths. */
@Tag("stack")
@QuarkusTest
class SecurityHeadersTest {
    @ParameterizedTest
    @ValueSource(strings = {"/", "/app/main.js", "/app/styles.css", "/api/auth/me", "/api/openapi", "/api/problems",
            "/no-such-page"})
    void everyAnswerCarriesTheHeaders(String path) {
        Response response = given().redirects().follow(false).when().get(path);
        assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        assertThat(response.header("Content-Security-Policy")).as(path)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/swagger-ui/", "/q/swagger-ui/index.html"})
    void swaggerUiMayRunItsInlineScriptsButIsNeverFramed(String path) {
        Response response = given().when().get(path);
        assertThat(response.header("Content-Security-Policy")).as(path).isEqualTo("frame-ancestors 'none'");
        assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
}

package org.innovationbridge.gateway.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(RateLimitTest.TightBudgets.class)
class RateLimitTest {
    public static class TightBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ib.rate-limit.sign-in-per-username", "3", "ib.rate-limit.sign-in-per-address", "1000",
                    "ib.rate-limit.writes-per-address", "5");
        }
    }

    private static ExtractableResponse<Response> signIn(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "wrong-password-1"))
                .when().post("/api/auth/sign-in").then().extract();
    }

    @Test
    void sign_inIsLimitedPerUsernameWith429AndRetryAfter() {
        String target = "victim-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(target).statusCode()).isEqualTo(401);
        }
        ExtractableResponse<Response> limited = signIn(target);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.<String>path("type")).isEqualTo("urn:innovation-bridge:error:rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(signIn("someone-else-" + UUID.randomUUID()).statusCode()).as("another username").isEqualTo(401);
    }

    @Test
    void writesThroughTheGatewayAreLimitedPerAddress() {
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            ExtractableResponse<Response> write = given().contentType(ContentType.JSON).body("{}")
                    .when().post("/api/problems").then().extract();
            if (write.statusCode() == 429) {
                limited++;
                assertThat(write.contentType()).startsWith("application/problem+json");
                assertThat(write.header("Retry-After")).isNotBlank();
            } else {
                assertThat(write.statusCode()).as("routed (to a service that is down here)").isEqualTo(502);
            }
        }
        assertThat(limited).isEqualTo(3);
        assertThat(given().when().get("/api/problems").then().extract().statusCode()).as("reads are not counted").isNotEqualTo(429);
    }
}

package org.innovationbridge.gateway.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Which service each public prefix goes to, read from the upstream the 502 names (no service runs here). */
@Tag("stack")
@QuarkusTest
@TestProfile(RoutesTest.NoCircuitBreaking.class)
class RoutesTest {
    public static class NoCircuitBreaking implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ib.gateway.circuit.failure-threshold", "1000000");
        }
    }

    @Test
    void eachPrefixGoesToItsService() {
        Map<String, String> owners = Map.ofEntries(
                Map.entry("/api/enterprises", "enterprise-service"), Map.entry("/api/problems/1", "enterprise-service"),
                Map.entry("/api/reference/district", "enterprise-service"),
                Map.entry("/api/institutions", "research-service"), Map.entry("/api/results?q=x", "research-service"),
                Map.entry("/api/imports/template", "research-service"),
                Map.entry("/api/search/problems", "matching-service"),
                Map.entry("/api/matches/problems/1/results", "matching-service"),
                Map.entry("/api/insights/common-needs", "matching-service"), Map.entry("/api/events", "matching-service"),
                Map.entry("/api/admin/indexes/rebuild", "matching-service"));
        owners.forEach((path, service) -> {
            ExtractableResponse<Response> answer = given().when().get(path).then().extract();
            assertThat(answer.statusCode()).as(path).isEqualTo(502);
            assertThat(answer.<String>path("upstream")).as(path).isEqualTo(service);
        });
        assertThat(given().when().get("/api/unknown").then().extract().statusCode()).isEqualTo(404);
        assertThat(given().when().get("/api/problemsx").then().extract().statusCode()).as("whole segments only").isEqualTo(404);
    }
}

package org.innovationbridge.gateway.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of services that are down or hang: enterprise-service and research-service point at a port
 * where nothing listens (connections refused), matching-service at a socket that accepts and never answers.
 */
@Tag("stack")
@QuarkusTest
@TestProfile(RoutingResilienceTest.DeadServices.class)
class RoutingResilienceTest {
    /** Accepts connections and keeps them open without a byte in reply, as a hung service does. */
    static final ServerSocket SILENT = silentServer();

    public static class DeadServices implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ib.gateway.matching-url", "http://127.0.0.1:" + SILENT.getLocalPort(),
                    "ib.gateway.response-timeout", "1s",
                    "ib.gateway.circuit.failure-threshold", "3",
                    "ib.gateway.circuit.open-for", "60s");
        }
    }

    @AfterAll
    static void close() throws IOException {
        SILENT.close();
    }

    @Test
    void aRefusedConnectionIs502NamingTheServiceThenItsCircuitOpensWith503AndRetryAfter() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ExtractableResponse<Response> failed = given().when().get("/api/problems").then().extract();
            statuses.add(failed.statusCode());
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.<String>path("upstream")).isEqualTo("enterprise-service");
            assertThat(failed.<String>path("detail")).isEqualTo("enterprise-service cannot be reached");
        }
        assertThat(statuses).containsOnly(502);

        ExtractableResponse<Response> open = given().when().get("/api/enterprises/x").then().extract();
        assertThat(open.statusCode()).isEqualTo(503);
        assertThat(open.contentType()).startsWith("application/problem+json");
        assertThat(open.<String>path("upstream")).isEqualTo("enterprise-service");
        assertThat(open.<Integer>path("status")).isEqualTo(503);
        assertThat(Long.parseLong(open.header("Retry-After"))).isBetween(1L, 60L);

        ExtractableResponse<Response> other = given().when().get("/api/imports/template").then().extract();
        assertThat(other.statusCode()).as("research-service has a circuit of its own, still closed").isEqualTo(502);
        assertThat(other.<String>path("upstream")).isEqualTo("research-service");
    }

    @Test
    void aServiceThatDoesNotAnswerIs504NamingIt() {
        ExtractableResponse<Response> slow = given().when().get("/api/search/problems?q=x").then().extract();
        assertThat(slow.statusCode()).isEqualTo(504);
        assertThat(slow.contentType()).startsWith("application/problem+json");
        assertThat(slow.<String>path("upstream")).isEqualTo("matching-service");
        assertThat(slow.<String>path("detail")).isEqualTo("matching-service did not answer within 1000 ms");
    }

    private static ServerSocket silentServer() {
        try {
            ServerSocket server = new ServerSocket(0);
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "silent-upstream");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

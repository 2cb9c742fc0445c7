package org.innovationbridge.gateway.openapi;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merged document is built from the configured service addresses only, whatever the request says, and a
 * service's document larger than the cap is left out rather than read whole.
 */
@Tag("stack")
@QuarkusTest
@TestProfile(PlatformApiTest.OversizedEnterpriseDocument.class)
class PlatformApiTest {
    private static final int CAP = 2048;
    /** Stands in for enterprise-service: its OpenAPI document is valid JSON, but four times the cap. */
    private static final HttpServer OVERSIZED = oversizedDocumentServer();

    public static class OversizedEnterpriseDocument implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ib.gateway.enterprise-url", "http://127.0.0.1:" + OVERSIZED.getAddress().getPort(),
                    "ib.gateway.open-api-max-bytes", Integer.toString(CAP));
        }
    }

    @AfterAll
    static void stop() {
        OVERSIZED.stop(0);
    }

    @Test
    void aHostHeaderPointingElsewhereNeverCausesAConnectionThere() throws IOException {
        try (ServerSocket elsewhere = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            JsonPath document = given().header("Host", "127.0.0.1:" + elsewhere.getLocalPort())
                    .when().get("/api/openapi")
                    .then().statusCode(200).extract().jsonPath();
            // the gateway's own part is there, read without asking anyone at the request's address
            assertThat(document.getMap("paths")).containsKey("/api/auth/sign-in");
            // the answer is complete, so any connection the request caused would be waiting already
            elsewhere.setSoTimeout(500);
            assertThatThrownBy(elsewhere::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aDocumentLargerThanTheCapIsLeftOut() {
        JsonPath document = given().when().get("/api/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(document.getList("x-unavailable", String.class)).contains("enterprise-service");
        assertThat(document.getMap("paths")).doesNotContainKey("/api/padding");
    }

    private static HttpServer oversizedDocumentServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] body = ("{\"openapi\":\"3.1.0\",\"paths\":{\"/padding\":{}},\"x-padding\":\"" + "x".repeat(4 * CAP) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            server.createContext("/q/openapi", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.innovationbridge.gateway.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@Tag("stack")
@QuarkusTest
@TestProfile(RateLimitTest.TightBudgets.class)
class RateLimitTest {
    public static class TightBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ib.rate-limit.sign-in-free-failures", "3", "ib.rate-limit.sign-in-first-delay", "20s",
                    "ib.rate-limit.sign-in-per-address", "1000", "ib.rate-limit.writes-per-address", "5",
                    "ib.rate-limit.register-per-address", "3");
        }
    }

    private static ExtractableResponse<Response> signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/auth/sign-in").then().extract();
    }

    /** The status of a sign-in sent from another loopback address than the tests' own 127.0.0.1. */
    private static int signInFrom(String localAddress, String username, String password) throws IOException {
        return postFrom(localAddress, "/api/auth/sign-in", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static int postFrom(String localAddress, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), RestAssured.port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void failedSign_insDelayOnlyTheirOwnUsernameAndAddressWith429AndRetryAfter() throws IOException {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        // registered from an address of its own: the writes test may have used up 127.0.0.1's write budget
        assertThat(postFrom("127.0.0.3", "/api/auth/register", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"role\":\"enterprise\"}")).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(username, "wrong-password-1").statusCode()).isEqualTo(401);
        }
        ExtractableResponse<Response> limited = signIn(username, "wrong-password-1");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.<String>path("type")).isEqualTo("urn:innovation-bridge:error:rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 20L);
        assertThat(signIn(username, password).statusCode()).as("the right password waits too, from this address").isEqualTo(429);
        assertThat(signIn("someone-else-" + UUID.randomUUID(), "wrong-password-1").statusCode()).as("another username")
                .isEqualTo(401);
        // the account's owner, from another address, is not locked out by someone else's failures
        assertThat(signInFrom("127.0.0.2", username, password)).isEqualTo(200);
        assertThat(signInFrom("127.0.0.2", username, "wrong-password-1")).isEqualTo(401);
    }

    @Test
    void registrationsHaveABudgetOfTheirOwnBelowTheWritesOne() throws IOException {
        String address = "127.0.0.4";
        for (int i = 0; i < 3; i++) {
            assertThat(postFrom(address, "/api/auth/register", "{\"username\":\"burst-" + UUID.randomUUID().toString()
                    .substring(0, 8) + "\",\"password\":\"pw-" + UUID.randomUUID() + "\",\"role\":\"enterprise\"}"))
                    .isEqualTo(201);
        }
        assertThat(postFrom(address, "/api/auth/register", "{\"username\":\"burst-" + UUID.randomUUID().toString()
                .substring(0, 8) + "\",\"password\":\"pw-" + UUID.randomUUID() + "\",\"role\":\"enterprise\"}"))
                .as("the fourth registration, within the write budget of 5").isEqualTo(429);
        // a write the gateway answers itself (no token: 401), so no upstream's circuit is touched
        assertThat(postFrom(address, "/api/auth/refresh", "{}")).as("registrations did not use up the write budget")
                .isEqualTo(401);
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

package org.innovationbridge.suites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Every HTTP call the suites make goes through here, so there is one place that signs in and adds the bearer
 * token. When the gateway offers {@code POST /api/auth/sign-in} (the Auth API), a session registers a user of the
 * role it needs and signs in; when that route answers 404, the platform has no sign-in and calls go without a
 * token.
 */
public final class Gateway {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Longer than the gateway's own upstream timeout (30 s), so a slow service is answered by the gateway, not cut off here. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final boolean signInOffered;
    private volatile String token;
    private String username;
    private String password;

    /** One answer: status, headers and body as text. */
    public record Answer(int status, HttpResponse<String> raw) {
        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + abbreviate(raw.body()), e);
            }
        }
    }

    private Gateway(HttpClient http, URI base, boolean signInOffered) {
        this.http = http;
        this.base = base;
        this.signInOffered = signInOffered;
    }

    /** Finds out whether the gateway has sign-in; an anonymous client either way. */
    public static Gateway connect(URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> probe = http.send(HttpRequest.newBuilder(base.resolve("/api/auth/sign-in"))
                        .timeout(TIMEOUT).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"probe\",\"password\":\"probe\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Gateway(http, base, probe.statusCode() != 404);
    }

    public boolean signInOffered() {
        return signInOffered;
    }

    public URI base() {
        return base;
    }

    /**
     * A client of its own signed in as a new user of {@code role} (enterprise or institution); without sign-in on
     * the gateway, simply another anonymous client.
     */
    public Gateway asNewUser(String username, String password, String role) throws IOException, InterruptedException {
        Gateway user = new Gateway(http, base, signInOffered);
        if (signInOffered) {
            user.username = username;
            user.password = password;
            Answer registered = user.call("POST", "/api/auth/register", Map.of("username", username,
                    "password", password, "role", role));
            if (registered.status() != 201 && registered.status() != 409) {
                throw new IllegalStateException("cannot register " + username + ": " + registered.status() + " "
                        + abbreviate(registered.body()));
            }
            user.signIn();
        }
        return user;
    }

    /** A client of its own signed in as an account that exists already (e.g. one an admin created). */
    public Gateway asExistingUser(String username, String password) throws IOException, InterruptedException {
        Gateway user = new Gateway(http, base, signInOffered);
        user.username = username;
        user.password = password;
        user.signIn();
        return user;
    }

    /** A client of its own sending this token, whatever it holds (a probe's forged or stale one). */
    public Gateway withToken(String bearer) {
        Gateway client = new Gateway(http, base, signInOffered);
        client.token = bearer;
        return client;
    }

    /** Signs in again: after creating its organisation the new token carries {@code org}. */
    public void signIn() throws IOException, InterruptedException {
        if (!signInOffered) {
            return;
        }
        token = null;
        Answer signedIn = call("POST", "/api/auth/sign-in", Map.of("username", username, "password", password));
        if (signedIn.status() != 200) {
            throw new IllegalStateException("cannot sign in " + username + ": " + signedIn.status() + " "
                    + abbreviate(signedIn.body()));
        }
        token = signedIn.json().path("token").asText();
    }

    public Answer call(String method, String path, Object jsonBody) throws IOException, InterruptedException {
        byte[] body = jsonBody == null ? null : JSON.writeValueAsBytes(jsonBody);
        return send(method, path, body == null ? null : "application/json", body, Map.of());
    }

    /** The one place a request is built and sent. */
    public Answer send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        String bearer = token;
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (HttpTimeoutException e) {
            throw new HttpTimeoutException(method + " " + path + " had no answer within " + TIMEOUT.toSeconds() + " s");
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}

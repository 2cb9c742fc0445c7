package org.innovationbridge.suites;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes problems and results through the gateway as a careful client would while servers fail under it: every
 * failed or unanswered write is retried with back-off until it is known to have happened, and never blindly.
 * A create carries a client token in its title; before a create is sent again, the writer looks for that token
 * among its organisation's items (check before retry), so a create whose answer was lost is not made twice. A
 * status change is conditional ({@code If-Match}); a 412 on a retry means the earlier attempt went through,
 * which a read confirms.
 */
final class Writer {
    /** What was written and confirmed: the id and the version the writer's last change produced. */
    record Written(String kind, String id, String token, long version) {
    }

    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    private final Gateway gateway;
    private final String run;
    private final int number;
    private String enterpriseId;
    private String institutionId;
    private Gateway enterpriseWriter;
    private Gateway institutionWriter;
    int retries;

    Writer(Gateway gateway, String run, int number) {
        this.gateway = gateway;
        this.run = run;
        this.number = number;
    }

    /** The writer's own enterprise and institution (with sign-in, two users, each bound to its organisation). */
    void setUp(Gateway enterpriseUser, Gateway institutionUser) throws Exception {
        enterpriseWriter = enterpriseUser;
        institutionWriter = institutionUser;
        enterpriseId = retrying("enterprise", () -> createOnce(enterpriseUser, "/api/enterprises", Map.of(
                "name", "故障测试企业" + run + "-" + number, "creditCode", CreditCodes.next(),
                "district", "zichuan", "industryChains", List.of("hydrogen-energy-storage"), "sizeClass", "SMALL")));
        enterpriseUser.signIn();
        institutionId = retrying("institution", () -> createOnce(institutionUser, "/api/institutions", Map.of(
                "name", "故障测试大学" + run + "-" + number, "type", "UNIVERSITY", "region", "zhangdian")));
        institutionUser.signIn();
    }

    /** Item {@code i}: even a problem, odd a result; every third also published (a second version). */
    Written write(int i) throws Exception {
        boolean problem = i % 2 == 0;
        String token = "F" + run + "n" + i;
        Gateway as = problem ? enterpriseWriter : institutionWriter;
        String collection = problem ? "/api/problems" : "/api/results";
        Map<String, Object> body = problem
                ? Map.of("enterpriseId", enterpriseId, "title", "高压储氢罐轻量化 " + token,
                "description", "碳纤维缠绕储氢罐的减重与疲劳寿命，编号" + token, "industryChain", "hydrogen-energy-storage",
                "keywords", List.of("储氢"))
                : Map.of("institutionId", institutionId, "title", "镁基固态储氢合金 " + token,
                "summary", "室温可逆吸放氢的镁基合金，编号" + token, "industryChains", List.of("hydrogen-energy-storage"),
                "maturity", "PILOT", "keywords", List.of("固态储氢"));
        String owner = problem ? "enterpriseId=" + enterpriseId : "institutionId=" + institutionId;
        boolean[] tried = {false};
        String id = retrying(token, () -> {
            // only a retry looks first: the earlier attempt may have created it and lost the answer
            Optional<String> already = tried[0] ? find(as, collection, owner, token) : Optional.empty();
            tried[0] = true;
            return already.isPresent() ? already : createOnce(as, collection, body);
        });
        long version = 0;
        if (i % 3 == 0) {
            String path = collection + "/" + id + "/status";
            retrying(token + " publish", () -> publishOnce(as, path, collection + "/" + id));
            version = 1;
        }
        return new Written(problem ? "problem" : "result", id, token, version);
    }

    /** The listings that show everything this writer made: collection and owner filter. */
    List<String[]> listings() {
        return List.of(new String[]{"/api/problems", "enterpriseId=" + enterpriseId},
                new String[]{"/api/results", "institutionId=" + institutionId});
    }

    /** The signed-in client that owns a collection's items (private items are shown to their owner). */
    Gateway session(String collection) {
        return collection.equals("/api/problems") ? enterpriseWriter : institutionWriter;
    }

    interface Attempt {
        Optional<String> run() throws Exception;
    }

    /** Runs an attempt until it yields, backing off on errors, unanswered calls and 5xx (a 4xx is a bug: stop). */
    private String retrying(String what, Attempt attempt) throws Exception {
        Duration backoff = Duration.ofMillis(200);
        Instant deadline = Instant.now().plus(GIVE_UP);
        while (true) {
            try {
                Optional<String> done = attempt.run();
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (IOException | Unavailable e) {
                // connection refused or reset, timeout, 5xx: try again
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up on " + what + " after " + GIVE_UP);
            }
            retries++;
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(3)) > 0 ? Duration.ofSeconds(3) : backoff.multipliedBy(2);
        }
    }

    static final class Unavailable extends RuntimeException {
        Unavailable(int status) {
            super("status " + status);
        }
    }

    private static Optional<String> createOnce(Gateway as, String path, Map<String, Object> body) throws Exception {
        Gateway.Answer answer = as.call("POST", path, body);
        if (answer.status() == 201) {
            return Optional.of(answer.json().path("id").asText());
        }
        throw failure(answer, "POST " + path);
    }

    private static Optional<String> find(Gateway as, String collection, String owner, String token) throws Exception {
        Gateway.Answer answer = as.call("GET", collection + "?" + owner + "&size=5&q="
                + URLEncoder.encode(token, StandardCharsets.UTF_8), null);
        if (answer.status() != 200) {
            throw failure(answer, "GET " + collection);
        }
        for (JsonNode item : answer.json().path("items")) {
            if (item.path("title").asText().endsWith(" " + token)) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> publishOnce(Gateway as, String statusPath, String itemPath) throws Exception {
        Gateway.Answer answer = as.send("PUT", statusPath, "application/json",
                "{\"status\":\"PUBLISHED\"}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"0\""));
        if (answer.status() == 200) {
            return Optional.of("published");
        }
        if (answer.status() == 412) {
            Gateway.Answer current = as.call("GET", itemPath, null);
            if (current.status() == 200 && "PUBLISHED".equals(current.json().path("status").asText())) {
                return Optional.of("published by an earlier attempt");
            }
        }
        throw failure(answer, "PUT " + statusPath);
    }

    private static RuntimeException failure(Gateway.Answer answer, String call) {
        if (answer.status() >= 500 || answer.status() == 429) {
            return new Unavailable(answer.status());
        }
        return new IllegalStateException(call + " answered " + answer.status() + ": " + Gateway.abbreviate(answer.body()));
    }
}

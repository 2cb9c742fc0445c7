package org.innovationbridge.suites;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationbridge.suites.ServiceProcesses.Service;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The security suite: each probe tries one known way an outsider could get at the running platform, and must be
 * refused. Prints one line per probe, {@code probe N <name>: refused} or
 * {@code probe N <name>: FAILED — what got through}; exits 1 if any probe got through.
 *
 * <p>Arguments: {@code --repo DIR --logs DIR --base-port P [--short]}; the stack's variables ({@code deploy/stack
 * env}) come from the environment. The short form tries the sign-in probe with fewer failures and the header
 * probe on fewer paths; both forms try every probe.
 */
public final class SecuritySuite {
    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(90);
    /** The first admin of the suite's own gateway, made up per run. */
    private static final String ADMIN_PASSWORD = "Security-admin-" + UUID.randomUUID();

    private final Path repo;
    private final Path logs;
    /** A port no service of the suite uses, for a service started only to see whether it starts. */
    private final int freePort;
    private final Gateway anonymous;
    private final URI gatewayUrl;
    private final boolean quick;
    private final String run;
    private final Gateway owner;
    private final Gateway other;
    private final Gateway institution;
    private String adminUsername;
    private String enterpriseId;
    private String draftProblemId;
    private String draftResultId;

    /** What a probe saw: nothing got through (empty), or what did. */
    @FunctionalInterface
    private interface Probe {
        Optional<String> attempt() throws Exception;
    }

    private record Named(String number, String name, Probe probe) {
    }

    private SecuritySuite(Gateway anonymous, boolean quick, String run, Path repo, Path logs, int freePort)
            throws IOException, InterruptedException {
        this.repo = repo;
        this.logs = logs;
        this.freePort = freePort;
        this.anonymous = anonymous;
        this.gatewayUrl = anonymous.base();
        this.quick = quick;
        this.run = run;
        owner = anonymous.asNewUser("sec-" + run + "-owner", "Security-suite-1", "enterprise");
        other = anonymous.asNewUser("sec-" + run + "-other", "Security-suite-1", "enterprise");
        institution = anonymous.asNewUser("sec-" + run + "-inst", "Security-suite-1", "institution");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--short")) {
                quick = true;
            } else if (i + 1 < args.length) {
                options.put(args[i].replaceFirst("^--", ""), args[++i]);
            }
        }
        Path repo = Path.of(options.getOrDefault("repo", "."));
        Path logs = Path.of(options.getOrDefault("logs", "target/security-suite"));
        int basePort = Integer.parseInt(options.getOrDefault("base-port", "38080"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> environment = new HashMap<>(Map.of(
                "IB_KAFKA_TOPIC_PREFIX", "security-" + run + ".",
                "IB_SEARCH_INDEX_PREFIX", "security-" + run + "-",
                "MATCHING_GROUP_ID", "security-" + run,
                "IB_MATCH_FOUND_ENABLED", "false",
                // the suite's own set-up signs in and writes from one address; the probes never rely on these budgets
                // (registrations keep their default budget: the suite registers fewer accounts than it allows a
                // minute, and the register probe sends its burst from an address of its own)
                "IB_RATE_LIMIT_WRITES_PER_ADDRESS", "10000000",
                "IB_RATE_LIMIT_SIGN_IN_PER_ADDRESS", "100000",
                // an admin of this run's own: the stack's database may hold earlier runs' accounts
                "IB_IDENTITY_FIRST_ADMIN_USERNAME", "sec-admin-" + run, "IB_ADMIN_PASSWORD", ADMIN_PASSWORD));
        System.out.printf("security suite %s%s: services from %d, logs in %s%n", run, quick ? " (short)" : "", basePort, logs);
        Instant t0 = Instant.now();
        int failed;
        try (ServiceProcesses platform = new ServiceProcesses(repo, logs, basePort, environment)) {
            platform.startAll();
            System.out.printf("platform up in %.1f s%n", Duration.between(t0, Instant.now()).toMillis() / 1000.0);
            Gateway gateway = Gateway.connect(URI.create(platform.url(Service.GATEWAY)));
            failed = new SecuritySuite(gateway, quick, run, repo, logs, basePort + 9).runAll("sec-admin-" + run);
        }
        System.out.printf("security suite: %s in %.1f s%n", failed == 0 ? "every probe refused" : failed + " probe(s) got through",
                Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        System.exit(failed == 0 ? 0 : 1);
    }

    private int runAll(String adminUsername) throws Exception {
        this.adminUsername = adminUsername;
        setUp();
        List<Named> probes = List.of(
                new Named("1", "host-header-ssrf", this::hostHeaderSsrf),
                new Named("2", "unpublished-work-public", this::unpublishedWorkPublic),
                new Named("3", "confidential-owner-in-403", this::confidentialOwnerIn403),
                new Named("4", "sign-in-lockout-by-anyone", this::signInLockoutByAnyone),
                new Named("5", "security-headers", this::securityHeaders),
                new Named("6", "anonymous-insights", this::anonymousInsights),
                new Named("8", "endless-sessions-and-foreign-tokens", this::endlessSessionsAndForeignTokens),
                new Named("11", "known-database-password", this::knownDatabasePassword),
                new Named("11b", "register-burst", this::registerBurst),
                new Named("12", "events-drafts-and-room-links", this::eventDraftsAndRoomLinks),
                new Named("12b", "management-endpoints-public", this::managementEndpointsPublic));
        int failed = 0;
        for (Named named : probes) {
            Optional<String> through;
            try {
                through = attemptTwiceOnTimeout(named);
            } catch (Exception e) {
                through = Optional.of("the probe could not finish: " + e);
            }
            if (through.isEmpty()) {
                System.out.printf("probe %s %s: refused%n", named.number(), named.name());
            } else {
                failed++;
                System.out.printf("probe %s %s: FAILED — %s%n", named.number(), named.name(), through.get());
            }
        }
        return failed;
    }

    /**
     * A request with no answer in time says nothing about the hole probed, only about a busy machine: such a probe
     * runs once more (and says so), from the start with fresh data; a second timeout fails it.
     */
    private static Optional<String> attemptTwiceOnTimeout(Named named) throws Exception {
        try {
            return named.probe().attempt();
        } catch (HttpTimeoutException e) {
            System.out.printf("probe %s %s: %s; running it once more%n", named.number(), named.name(), e.getMessage());
            return named.probe().attempt();
        }
    }

    /** An enterprise with a confidential draft problem, an institution with a draft result. */
    private void setUp() throws Exception {
        enterpriseId = created(owner, "/api/enterprises", Map.of("name", "安全测试企业" + run, "creditCode", CreditCodes.next(),
                "district", "zichuan", "industryChains", List.of("hydrogen-energy-storage"), "sizeClass", "SMALL"));
        owner.signIn();
        other.call("POST", "/api/enterprises", Map.of("name", "安全测试另一企业" + run, "creditCode", CreditCodes.next(),
                "district", "zichuan", "industryChains", List.of("hydrogen-energy-storage"), "sizeClass", "SMALL"));
        other.signIn();
        draftProblemId = created(owner, "/api/problems", Map.of("enterpriseId", enterpriseId,
                "title", "保密草稿：高压储氢罐轻量化 " + run, "description", "未发布的需求，编号" + run,
                "industryChain", "hydrogen-energy-storage", "keywords", List.of("储氢"), "visibility", "CONFIDENTIAL"));
        String institutionId = created(institution, "/api/institutions", Map.of("name", "安全测试大学" + run,
                "type", "UNIVERSITY", "region", "zhangdian"));
        institution.signIn();
        draftResultId = created(institution, "/api/results", Map.of("institutionId", institutionId,
                "title", "草稿成果：镁基固态储氢合金 " + run, "summary", "未发布的成果，编号" + run,
                "industryChains", List.of("hydrogen-energy-storage"), "maturity", "PILOT", "keywords", List.of("固态储氢")));
    }

    private static String created(Gateway as, String path, Map<String, Object> body) throws Exception {
        Gateway.Answer answer = as.call("POST", path, body);
        if (answer.status() != 201) {
            throw new IllegalStateException("set-up: POST " + path + " answered " + answer.status() + " "
                    + Gateway.abbreviate(answer.body()));
        }
        return answer.json().path("id").asText();
    }

    /** 1. The merged OpenAPI document must never be fetched from the address in the request's Host header. */
    private Optional<String> hostHeaderSsrf() throws IOException {
        try (ServerSocket elsewhere = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            RawHttp.Answer answer = RawHttp.send(InetAddress.getLoopbackAddress(), gatewayUrl,
                    "GET", "/api/openapi", "127.0.0.1:" + elsewhere.getLocalPort(), null);
            elsewhere.setSoTimeout(1000);
            try {
                elsewhere.accept().close();
                return Optional.of("GET /api/openapi with Host: 127.0.0.1:" + elsewhere.getLocalPort()
                        + " made the gateway connect there (answer " + answer.status() + ")");
            } catch (SocketTimeoutException nobodyCame) {
                return answer.status() == 200 ? Optional.empty()
                        : Optional.of("GET /api/openapi answered " + answer.status() + " instead of the document");
            }
        }
    }

    /** 2. Drafts (a confidential one too) are nobody's but their owner's (and admins'): read, listed, searched, matched. */
    private Optional<String> unpublishedWorkPublic() throws Exception {
        List<String> through = new ArrayList<>();
        String marker = URLEncoder.encode(run, StandardCharsets.UTF_8);
        expectNotFound(through, anonymous, "/api/problems/" + draftProblemId, "anonymous read of a draft problem");
        expectNotFound(through, other, "/api/problems/" + draftProblemId, "another enterprise's read of a draft problem");
        expectAbsent(through, anonymous, "/api/problems?status=DRAFT&size=100&q=" + marker, draftProblemId,
                "anonymous listing ?status=DRAFT");
        expectAbsent(through, other, "/api/problems?status=DRAFT&size=100&q=" + marker, draftProblemId,
                "another enterprise's listing ?status=DRAFT");
        expectNotFound(through, anonymous, "/api/results/" + draftResultId, "anonymous read of a draft result");
        expectAbsent(through, anonymous, "/api/results?status=DRAFT&size=100&q=" + marker, draftResultId,
                "anonymous listing of results ?status=DRAFT");
        // matching answers only once the draft is indexed: its owner's own request says when that is
        String matches = "/api/matches/problems/" + draftProblemId + "/results";
        Instant deadline = Instant.now().plus(INDEXED_WITHIN);
        int ownerStatus = owner.call("GET", matches, null).status();
        while (ownerStatus != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            ownerStatus = owner.call("GET", matches, null).status();
        }
        if (ownerStatus != 200) {
            through.add("the owner's matches of its own draft answered " + ownerStatus + " (never indexed?)");
        }
        expectNotFound(through, anonymous, matches, "anonymous matches of a draft problem");
        expectNotFound(through, other, matches, "another enterprise's matches of a draft problem");
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    /** 3. Refusing another enterprise a change of a confidential problem must not name the problem's enterprise. */
    private Optional<String> confidentialOwnerIn403() throws Exception {
        Gateway.Answer published = owner.send("PUT", "/api/problems/" + draftProblemId + "/status", "application/json",
                "{\"status\":\"PUBLISHED\"}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"0\""));
        if (published.status() != 200) {
            return Optional.of("set-up: the owner could not publish its problem: " + published.status());
        }
        List<String> through = new ArrayList<>();
        Gateway.Answer status = other.send("PUT", "/api/problems/" + draftProblemId + "/status", "application/json",
                "{\"status\":\"WITHDRAWN\"}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"1\""));
        Gateway.Answer delete = other.send("DELETE", "/api/problems/" + draftProblemId, null, null, Map.of("If-Match", "\"1\""));
        for (Gateway.Answer answer : List.of(status, delete)) {
            if (answer.status() != 403) {
                through.add("another enterprise's change answered " + answer.status() + " (expected 403)");
            } else if (answer.body().contains(enterpriseId)) {
                through.add("the 403 names the confidential problem's enterprise: " + Gateway.abbreviate(answer.body()));
            }
        }
        Gateway.Answer read = anonymous.call("GET", "/api/problems/" + draftProblemId, null);
        if (read.status() != 200 || read.body().contains(enterpriseId)) {
            through.add("anonymous read of the published confidential problem: " + read.status() + " "
                    + Gateway.abbreviate(read.body()));
        }
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    /** 4. Someone else's wrong passwords must not keep the real user out when they sign in from their own address. */
    private Optional<String> signInLockoutByAnyone() throws Exception {
        String username = "sec-" + run + "-victim-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Security-suite-victim-1";
        anonymous.asNewUser(username, password, "enterprise");
        int failures = quick ? 12 : 30;
        boolean slowedDown = false;
        for (int i = 0; i < failures; i++) {
            slowedDown |= anonymous.call("POST", "/api/auth/sign-in",
                    Map.of("username", username, "password", "wrong-" + i)).status() == 429;
        }
        if (!slowedDown) {
            return Optional.of(failures + " wrong passwords from one address were never answered 429");
        }
        String body = Gateway.JSON.writeValueAsString(Map.of("username", username, "password", password));
        RawHttp.Answer real = RawHttp.send(InetAddress.getByName("127.0.0.2"), gatewayUrl, "POST", "/api/auth/sign-in",
                null, body);
        return real.status() == 200 ? Optional.empty()
                : Optional.of("after " + failures + " wrong passwords from 127.0.0.1, the right one from 127.0.0.2 got "
                + real.status());
    }

    /** 5. Every answer, the UI's and the API's, carries the security headers. */
    private Optional<String> securityHeaders() throws Exception {
        List<String> paths = quick ? List.of("/", "/api/problems")
                : List.of("/", "/app/main.js", "/api/problems", "/api/auth/me", "/api/openapi", "/no-such-page");
        List<String> through = new ArrayList<>();
        for (String path : paths) {
            Gateway.Answer answer = anonymous.call("GET", path, null);
            String csp = answer.header("Content-Security-Policy").orElse("");
            if (!csp.contains("default-src") || !csp.contains("frame-ancestors") || csp.contains("unsafe-inline")) {
                through.add(path + " Content-Security-Policy '" + csp + "'");
            }
            if (!answer.header("X-Content-Type-Options").orElse("").equals("nosniff")) {
                through.add(path + " without X-Content-Type-Options: nosniff");
            }
            if (answer.header("Referrer-Policy").isEmpty()) {
                through.add(path + " without Referrer-Policy");
            }
        }
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    /** 6. The heavy reports are for organisers and admins: nobody anonymous, no enterprise account. */
    private Optional<String> anonymousInsights() throws Exception {
        List<String> through = new ArrayList<>();
        for (String path : List.of("/api/insights/supply-demand", "/api/insights/common-needs?threshold=1.0&minEnterprises=1")) {
            int anonymousStatus = anonymous.call("GET", path, null).status();
            if (anonymousStatus != 401) {
                through.add("anonymous GET " + path + " answered " + anonymousStatus);
            }
            int enterpriseStatus = other.call("GET", path, null).status();
            if (enterpriseStatus != 403) {
                through.add("an enterprise's GET " + path + " answered " + enterpriseStatus);
            }
        }
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    /**
     * 8. A session ends: a refresh long after the sign-in, or after a password change, is refused; and a token for
     * another audience (signed with the platform's own key) is refused by the services.
     */
    private Optional<String> endlessSessionsAndForeignTokens() throws Exception {
        List<String> through = new ArrayList<>();
        String username = "sec-" + run + "-session-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Security-suite-session-1";
        Gateway account = anonymous.asNewUser(username, password, "enterprise");
        String accountId = account.call("GET", "/api/auth/me", null).json().path("id").asText();
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>(Map.of("iss", "innovation-bridge", "aud", "innovation-bridge-api",
                "sub", accountId, "upn", username, "groups", List.of("enterprise"), "iat", now, "exp", now + 600,
                "auth_time", now - 13 * 3600, "pwdv", 0));
        int old = account.withToken(Tokens.sign(claims)).call("POST", "/api/auth/refresh", null).status();
        if (old != 401) {
            through.add("a refresh 13 h after the sign-in answered " + old);
        }
        Gateway.Answer changed = account.call("POST", "/api/auth/password", Map.of("currentPassword", password,
                "newPassword", password + "-new"));
        if (changed.status() != 200) {
            through.add("the password change answered " + changed.status());
        }
        int afterChange = account.call("POST", "/api/auth/refresh", null).status();
        if (afterChange != 401) {
            through.add("a refresh with the token from before the password change answered " + afterChange);
        }
        Map<String, Object> foreign = new HashMap<>(Map.of("iss", "innovation-bridge", "aud", "some-other-api",
                "sub", UUID.randomUUID().toString(), "upn", "sec-" + run + "-foreign", "groups", List.of("enterprise"),
                "org", enterpriseId, "iat", now, "exp", now + 600));
        int read = anonymous.withToken(Tokens.sign(foreign)).call("GET", "/api/problems/" + draftProblemId, null).status();
        if (read == 200) {
            through.add("a token for another audience, claiming the owner's enterprise, read its unpublished problem");
        }
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    /** 11b. Registrations (a slow password hash each) have a budget far below the writes' (300 a minute). */
    private Optional<String> registerBurst() throws Exception {
        InetAddress address = InetAddress.getByName("127.0.0.3");
        for (int i = 1; i <= 40; i++) {
            String body = Gateway.JSON.writeValueAsString(Map.of("username", "sec-" + run + "-burst-" + i,
                    "password", "Security-suite-burst-1", "role", "enterprise"));
            RawHttp.Answer answer = RawHttp.send(address, gatewayUrl, "POST", "/api/auth/register", null, body);
            if (answer.status() == 429) {
                return Optional.empty();
            }
        }
        return Optional.of("40 registrations from one address within a minute were never answered 429");
    }

    /** 12b. Metrics, health, the gateway's own document and Swagger UI are not on the gateway's public port. */
    private Optional<String> managementEndpointsPublic() throws Exception {
        List<String> through = new ArrayList<>();
        for (String path : List.of("/q/metrics", "/q/swagger-ui/", "/q/openapi", "/q/health", "/q/dev-ui/")) {
            int status = anonymous.call("GET", path, null).status();
            if (status == 200) {
                through.add(path + " answered 200 on the public port");
            }
        }
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    /** 11. A service started without its database password must refuse to start, not fall back to a known one. */
    private Optional<String> knownDatabasePassword() throws Exception {
        Path jar = repo.resolve("enterprise-service/target/quarkus-app/quarkus-run.jar");
        Path log = logs.resolve("enterprise-service-without-password.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("ENTERPRISE_DB_PASSWORD");
        builder.environment().put("ENTERPRISE_HTTP_PORT", Integer.toString(freePort));
        builder.environment().put("IB_KAFKA_TOPIC_PREFIX", "security-" + run + "-nopw.");
        Process process = builder.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                Gateway.Answer health = healthOf(freePort);
                if (health != null && health.status() == 200) {
                    return Optional.of("enterprise-service started and connected without ENTERPRISE_DB_PASSWORD (log: " + log + ")");
                }
                Thread.sleep(500);
            }
            if (process.isAlive()) {
                return Optional.of("enterprise-service without ENTERPRISE_DB_PASSWORD neither started nor exited in 120 s");
            }
            String output = java.nio.file.Files.readString(log);
            return process.exitValue() != 0 && output.contains("ENTERPRISE_DB_PASSWORD") ? Optional.empty()
                    : Optional.of("enterprise-service exited " + process.exitValue() + " without naming ENTERPRISE_DB_PASSWORD");
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private Gateway.Answer healthOf(int port) {
        try {
            Gateway probe = Gateway.connect(URI.create("http://127.0.0.1:" + port));
            return probe.call("GET", "/q/health/ready", null);
        } catch (IOException | InterruptedException notUp) {
            return null;
        }
    }

    /** 12. An event's draft is its organiser's; its online room links are for its organiser and participants. */
    private Optional<String> eventDraftsAndRoomLinks() throws Exception {
        Map<String, Object> event = new HashMap<>(Map.of("name", "安全测试对接会" + run, "kind", "HYBRID",
                "venue", "安全测试会场", "date", LocalDate.now().plusDays(30).toString(), "tables", 2,
                "roomUrlTemplate", "https://meet.example/sec-" + run + "-{table}",
                "defaultMinMeetings", 1, "defaultMaxMeetings", 3));
        event.put("slots", Map.of("start", "09:00", "minutes", 20, "count", 4, "breaks", List.of()));
        event.put("focusChains", List.of("hydrogen-energy-storage"));
        Gateway admin = anonymous.asExistingUser(adminUsername, ADMIN_PASSWORD);
        String organiserName = "sec-" + run + "-organiser-" + UUID.randomUUID().toString().substring(0, 8);
        Gateway.Answer made = admin.call("POST", "/api/auth/users", Map.of("username", organiserName,
                "password", "Security-suite-1", "role", "organiser"));
        if (made.status() != 201) {
            return Optional.of("set-up: the admin could not create an organiser: " + made.status());
        }
        Gateway organiser = anonymous.asExistingUser(organiserName, "Security-suite-1");
        Gateway.Answer created = organiser.call("POST", "/api/events", event);
        if (created.status() != 201) {
            return Optional.of("set-up: the organiser could not create an event: " + created.status() + " "
                    + Gateway.abbreviate(created.body()));
        }
        String id = created.json().path("id").asText();
        List<String> through = new ArrayList<>();
        Gateway.Answer read = other.call("GET", "/api/events/" + id, null);
        if (read.status() != 404) {
            through.add("another account reads the organiser's draft event: " + read.status());
        }
        Gateway.Answer listed = other.call("GET", "/api/events?size=100", null);
        if (listed.body().contains(id) || listed.body().contains("meet.example/sec-" + run)) {
            through.add("another account's event list shows the draft or its room links");
        }
        Gateway.Answer registration = organiser.send("PUT", "/api/events/" + id + "/status", "application/json",
                "{\"status\":\"REGISTRATION\"}".getBytes(StandardCharsets.UTF_8), Map.of("If-Match", "\"0\""));
        if (registration.status() != 200) {
            through.add("set-up: the organiser could not open registration: " + registration.status());
        } else {
            Gateway.Answer open = other.call("GET", "/api/events/" + id, null);
            if (open.status() != 200 || open.body().contains("meet.example/sec-" + run)) {
                through.add("a non-participant reads the open event's room links (or cannot read it: " + open.status() + ")");
            }
        }
        return through.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", through));
    }

    private static void expectNotFound(List<String> through, Gateway as, String path, String what) throws Exception {
        Gateway.Answer answer = as.call("GET", path, null);
        if (answer.status() != 404) {
            through.add(what + " answered " + answer.status());
        }
    }

    private static void expectAbsent(List<String> through, Gateway as, String path, String id, String what) throws Exception {
        Gateway.Answer answer = as.call("GET", path, null);
        if (answer.status() != 200) {
            through.add(what + " answered " + answer.status());
            return;
        }
        for (JsonNode item : answer.json().path("items")) {
            if (id.equals(item.path("id").asText())) {
                through.add(what + " lists the draft");
            }
        }
    }
}

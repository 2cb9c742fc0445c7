package org.innovationbridge.suites;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationbridge.suites.ServiceProcesses.Service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite: writes problems and results through the gateway while matching-service is SIGKILLed three
 * times and Kafka, Elasticsearch and PostgreSQL are each restarted once, then waits until the platform is quiet
 * and compares what PostgreSQL holds (read through the services' list APIs) with Elasticsearch. Prints written,
 * indexed, lost, doubled, stale and timings; exits 1 when anything is lost, doubled or stale.
 *
 * <p>Arguments: {@code --writes N --repo DIR --stack PATH --logs DIR --base-port P}; the stack's variables
 * ({@code deploy/stack env}) come from the environment.
 */
public final class FaultSuite {
    private static final int WRITERS = 8;

    private record Action(String name, double at) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("kill -9 matching-service", 0.10),
            new Action("restart kafka", 0.22),
            new Action("kill -9 matching-service", 0.36),
            new Action("restart elasticsearch", 0.50),
            new Action("kill -9 matching-service", 0.64),
            new Action("restart postgresql", 0.78));

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int writes = Integer.parseInt(options.getOrDefault("writes", "10000"));
        Path repo = Path.of(options.getOrDefault("repo", "."));
        String stack = options.getOrDefault("stack", "deploy/stack");
        Path logs = Path.of(options.getOrDefault("logs", "target/fault-suite"));
        int basePort = Integer.parseInt(options.getOrDefault("base-port", "22080"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        String esUrl = "http://" + System.getenv().getOrDefault("ES_HOSTS", "127.0.0.1:19200");

        Map<String, String> environment = new HashMap<>(Map.of(
                "IB_KAFKA_TOPIC_PREFIX", "fault-" + run + ".",
                "IB_SEARCH_INDEX_PREFIX", "fault-" + run + "-",
                "MATCHING_GROUP_ID", "fault-" + run,
                "IB_MATCH_FOUND_ENABLED", "false",
                "OUTBOX_POLL_INTERVAL", "100ms",
                // all writers share one address: the gateway's per-address limits would throttle the suite itself
                "IB_RATE_LIMIT_WRITES_PER_ADDRESS", "10000000",
                "IB_RATE_LIMIT_SIGN_IN_PER_ADDRESS", "100000", "IB_RATE_LIMIT_REGISTER_PER_ADDRESS", "100000",
                "IB_RATE_LIMIT_SIGN_IN_FREE_FAILURES", "100000"));
        System.out.printf("fault suite %s: %d writes, %d writers, services from %d, logs in %s%n", run, writes, WRITERS,
                basePort, logs);
        Instant t0 = Instant.now();
        boolean passed;
        try (ServiceProcesses platform = new ServiceProcesses(repo, logs, basePort, environment)) {
            platform.startAll();
            System.out.printf("platform up in %s%n", since(t0));
            Gateway gateway = Gateway.connect(URI.create(platform.url(Service.GATEWAY)));
            System.out.println(gateway.signInOffered() ? "gateway offers sign-in: writing as signed-in users"
                    : "gateway has no sign-in (404): writing unauthenticated");

            List<Writer> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Writer writer = new Writer(gateway, run, w);
                writer.setUp(gateway.asNewUser("fault-" + run + "-e" + w, "Fault-suite-1", "enterprise"),
                        gateway.asNewUser("fault-" + run + "-i" + w, "Fault-suite-1", "institution"));
                writers.add(writer);
            }

            AtomicInteger next = new AtomicInteger();
            AtomicInteger done = new AtomicInteger();
            List<CountDownLatch> finished = ACTIONS.stream().map(a -> new CountDownLatch(1)).toList();
            ConcurrentLinkedQueue<Writer.Written> written = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            Instant writeStart = Instant.now();
            List<Thread> threads = new ArrayList<>();
            for (Writer writer : writers) {
                Thread thread = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < writes; i = next.getAndIncrement()) {
                        try {
                            awaitGate(i, writes, finished);
                            written.add(writer.write(i));
                        } catch (Exception e) {
                            failures.add(i + ": " + e.getMessage());
                        }
                        done.incrementAndGet();
                    }
                }, "writer");
                thread.start();
                threads.add(thread);
            }
            List<String> timings = new ArrayList<>();
            for (int k = 0; k < ACTIONS.size(); k++) {
                Action action = ACTIONS.get(k);
                while (done.get() < action.at() * writes) {
                    Thread.sleep(50);
                }
                Instant started = Instant.now();
                perform(action, platform, stack);
                timings.add(String.format(Locale.ROOT, "  %-26s at write %5d, back in %s", action.name(), done.get(),
                        since(started)));
                System.out.println(timings.get(timings.size() - 1)); // progress while the run is long
                finished.get(k).countDown();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            Duration writing = Duration.between(writeStart, Instant.now());
            Instant quietStart = Instant.now();
            boolean quiet = awaitQuiet(platform, esUrl, "fault-" + run + "-", written.size());
            Duration settling = Duration.between(quietStart, Instant.now());

            Comparison result = compare(gateway, writers, written, esUrl, "fault-" + run + "-");
            int retries = writers.stream().mapToInt(w -> w.retries).sum();
            System.out.println();
            System.out.println("faults:");
            timings.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "written   %d (confirmed by the writers; %d retries; %d gave up)%n",
                    written.size(), retries, failures.size());
            System.out.printf(Locale.ROOT, "in PostgreSQL %d, indexed %d%n", result.inDatabase(), result.indexed());
            System.out.printf(Locale.ROOT, "lost      %d%n", result.lost());
            System.out.printf(Locale.ROOT, "doubled   %d%n", result.doubled());
            System.out.printf(Locale.ROOT, "stale     %d%n", result.stale());
            System.out.printf(Locale.ROOT, "timings   writing %s (%.1f writes/s), quiet after %s%s, total %s%n",
                    format(writing), written.size() / Math.max(0.001, writing.toMillis() / 1000.0), format(settling),
                    quiet ? "" : " (gave up waiting)", since(t0));
            failures.stream().limit(10).forEach(f -> System.out.println("  gave up: " + f));
            result.examples().stream().limit(10).forEach(e -> System.out.println("  " + e));
            boolean ok = failures.isEmpty() && result.lost() == 0 && result.doubled() == 0 && result.stale() == 0
                    && written.size() == writes;
            System.out.println(ok ? "fault suite: PASSED" : "fault suite: FAILED");
            passed = ok;
        }
        System.exit(passed ? 0 : 1); // after the services are stopped
    }

    /** A writer may not pass the next fault's threshold before the current fault is over: faults hit mid-stream. */
    private static void awaitGate(int item, int writes, List<CountDownLatch> finished) throws InterruptedException {
        for (int k = 0; k < ACTIONS.size(); k++) {
            double nextAt = k + 1 < ACTIONS.size() ? ACTIONS.get(k + 1).at() : 0.95;
            if (item >= nextAt * writes) {
                finished.get(k).await();
            }
        }
    }

    private static void perform(Action action, ServiceProcesses platform, String stack) throws Exception {
        switch (action.name()) {
            case "kill -9 matching-service" -> {
                platform.kill(Service.MATCHING);
                platform.start(Service.MATCHING);
            }
            case "restart kafka" -> restart(stack, "kafka");
            case "restart elasticsearch" -> restart(stack, "es");
            case "restart postgresql" -> restart(stack, "pg");
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    private static void restart(String stack, String server) throws Exception {
        for (String command : List.of("stop", "start")) {
            Process process = new ProcessBuilder(stack, command, server).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/stack " + command + " " + server + " failed");
            }
        }
    }

    /** Quiet: no outbox backlog in either writer, no consumer lag, and the index count stable for three looks. */
    private static boolean awaitQuiet(ServiceProcesses platform, String es, String prefix, int expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        Gateway raw = Gateway.connect(URI.create(platform.url(Service.GATEWAY)));
        long previous = -1;
        int stable = 0;
        while (Instant.now().isBefore(deadline)) {
            double backlog = sum(raw, platform.url(Service.ENTERPRISE), "ib_outbox_unpublished")
                    + sum(raw, platform.url(Service.RESEARCH), "ib_outbox_unpublished");
            // no lag series yet means a restarted consumer has not been given its partitions: not quiet
            double lag = series(raw, platform.url(Service.MATCHING), "ib_matching_consumer_lag") == 0 ? Double.NaN
                    : sum(raw, platform.url(Service.MATCHING), "ib_matching_consumer_lag");
            long count = count(raw, es, prefix);
            boolean drained = backlog == 0 && lag == 0;
            if (drained && count >= expected) {
                return true;
            }
            stable = drained && count == previous ? stable + 1 : 0;
            if (stable >= 15) {
                return true; // drained and nothing changes for 30 s: whatever is missing now stays missing
            }
            previous = count;
            Thread.sleep(2000);
        }
        return false;
    }

    private static double sum(Gateway client, String service, String metric) {
        try {
            Gateway.Answer answer = client.send("GET", URI.create(service + "/q/metrics").toString(), null, null, Map.of());
            Matcher m = Pattern.compile("^" + metric + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE).matcher(answer.body());
            double total = 0;
            while (m.find()) {
                total += Double.parseDouble(m.group(2));
            }
            return total;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static int series(Gateway client, String service, String metric) {
        try {
            String body = client.send("GET", URI.create(service + "/q/metrics").toString(), null, null, Map.of()).body();
            Matcher m = Pattern.compile("^" + metric + "\\{", Pattern.MULTILINE).matcher(body);
            int found = 0;
            while (m.find()) {
                found++;
            }
            return found;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long count(Gateway client, String es, String prefix) {
        try {
            client.send("POST", es + "/" + prefix + "problems," + prefix + "results/_refresh", null, null, Map.of());
            return client.send("GET", es + "/" + prefix + "problems," + prefix + "results/_count", null, null, Map.of())
                    .json().path("count").asLong(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    record Comparison(int inDatabase, int indexed, int lost, int doubled, int stale, List<String> examples) {
    }

    /** PostgreSQL's side through the services' list APIs (each writer's organisations), against Elasticsearch. */
    private static Comparison compare(Gateway gateway, List<Writer> writers, ConcurrentLinkedQueue<Writer.Written> written,
                                      String es, String prefix) throws Exception {
        Map<String, Long> databaseVersion = new HashMap<>();
        Map<String, Integer> perToken = new HashMap<>();
        for (Writer writer : writers) {
            for (String[] listing : writer.listings()) {
                for (int page = 0; ; page++) {
                    JsonNode body = listing(writer, listing[0], listing[1], page);
                    for (JsonNode item : body.path("items")) {
                        databaseVersion.put(item.path("id").asText(), item.path("version").asLong());
                        String title = item.path("title").asText();
                        perToken.merge(title.substring(title.lastIndexOf(' ') + 1), 1, Integer::sum);
                    }
                    if ((page + 1) * 100L >= body.path("total").asLong()) {
                        break;
                    }
                }
            }
        }
        Map<String, Long> indexVersion = new HashMap<>();
        Map<String, Integer> indexPerToken = new HashMap<>();
        Gateway plain = Gateway.connect(gateway.base()); // Elasticsearch gets no token
        for (String kind : List.of("problems", "results")) {
            plain.send("POST", es + "/" + prefix + kind + "/_refresh", null, null, Map.of());
            JsonNode hits = plain.send("POST", es + "/" + prefix + kind + "/_search", "application/json",
                    Gateway.JSON.writeValueAsBytes(Map.of("size", 10000, "_source", List.of("id", "aggregateVersion", "title"),
                            "query", Map.of("match_all", Map.of()))), Map.of()).json().path("hits").path("hits");
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                indexVersion.put(source.path("id").asText(), source.path("aggregateVersion").asLong());
                String title = source.path("title").asText();
                indexPerToken.merge(title.substring(title.lastIndexOf(' ') + 1), 1, Integer::sum);
            }
        }
        int lost = 0;
        int stale = 0;
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, Long> row : databaseVersion.entrySet()) {
            Long indexed = indexVersion.get(row.getKey());
            if (indexed == null) {
                lost++;
                examples.add("lost " + row.getKey());
            } else if (indexed < row.getValue()) {
                stale++;
                examples.add("stale " + row.getKey() + ": index v" + indexed + ", database v" + row.getValue());
            }
        }
        for (Writer.Written item : written) {
            Long version = databaseVersion.get(item.id());
            if (version == null || version != item.version()) {
                examples.add("database disagrees with the writer on " + item.id() + ": " + version + " vs " + item.version());
                lost++;
            }
        }
        int doubled = 0;
        for (Map.Entry<String, Integer> token : perToken.entrySet()) {
            int extra = Math.max(token.getValue(), indexPerToken.getOrDefault(token.getKey(), 0)) - 1;
            if (extra > 0) {
                doubled += extra;
                examples.add("doubled " + token.getKey() + " x" + (extra + 1));
            }
        }
        return new Comparison(databaseVersion.size(), indexVersion.size(), lost, doubled, stale, examples);
    }

    private static JsonNode listing(Writer writer, String collection, String owner, int page) throws Exception {
        Gateway as = writer.session(collection);
        Gateway.Answer answer = as.call("GET", collection + "?" + owner + "&size=100&page=" + page, null);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET " + collection + " answered " + answer.status());
        }
        return answer.json();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    private static String since(Instant start) {
        return format(Duration.between(start, Instant.now()));
    }

    private static String format(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}

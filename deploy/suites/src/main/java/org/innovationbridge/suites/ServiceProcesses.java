package org.innovationbridge.suites;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The four services run from their packaged jars as operating-system processes, on ports from a base port
 * (gateway = base, enterprise +1, research +2, matching +3; the gateway's management interface, with its health
 * and metrics, +4), each with a log file of its own. The stack's
 * addresses come from the environment ({@code deploy/stack env}).
 */
final class ServiceProcesses implements AutoCloseable {
    enum Service {
        GATEWAY("gateway", "GATEWAY_HTTP_PORT", 0),
        ENTERPRISE("enterprise-service", "ENTERPRISE_HTTP_PORT", 1),
        RESEARCH("research-service", "RESEARCH_HTTP_PORT", 2),
        MATCHING("matching-service", "MATCHING_HTTP_PORT", 3);

        final String module;
        final String portVariable;
        final int offset;

        Service(String module, String portVariable, int offset) {
            this.module = module;
            this.portVariable = portVariable;
            this.offset = offset;
        }
    }

    private static final int MANAGEMENT_OFFSET = 4;
    private final Path repo;
    private final Path logs;
    private final int basePort;
    private final Map<String, String> environment;
    private final Map<Service, Process> running = new java.util.concurrent.ConcurrentHashMap<>();

    ServiceProcesses(Path repo, Path logs, int basePort, Map<String, String> environment) {
        this.repo = repo;
        this.logs = logs;
        this.basePort = basePort;
        this.environment = environment;
        // an interrupted suite (Ctrl-C) must not leave services running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.values().forEach(Process::destroyForcibly)));
    }

    String url(Service service) {
        return "http://127.0.0.1:" + (basePort + service.offset);
    }

    /** Where the service answers /q/health: the gateway on its management interface, the others on their own port. */
    String managementUrl(Service service) {
        return service == Service.GATEWAY ? "http://127.0.0.1:" + (basePort + MANAGEMENT_OFFSET) : url(service);
    }

    void startAll() throws IOException, InterruptedException {
        for (Service service : new Service[]{Service.ENTERPRISE, Service.RESEARCH, Service.MATCHING, Service.GATEWAY}) {
            start(service);
        }
    }

    void start(Service service) throws IOException, InterruptedException {
        Path jar = repo.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn package -DskipTests)");
        }
        Files.createDirectories(logs);
        Path log = logs.resolve(service.module + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        for (Service each : Service.values()) {
            builder.environment().put(each.portVariable, Integer.toString(basePort + each.offset));
        }
        builder.environment().put("GATEWAY_MANAGEMENT_PORT", Integer.toString(basePort + MANAGEMENT_OFFSET));
        builder.environment().put("ENTERPRISE_URL", url(Service.ENTERPRISE));
        builder.environment().put("RESEARCH_URL", url(Service.RESEARCH));
        builder.environment().put("MATCHING_URL", url(Service.MATCHING));
        running.put(service, builder.start());
        awaitReady(service, log);
    }

    /** SIGKILL: no shutdown hook, nothing flushed or committed. */
    void kill(Service service) throws InterruptedException {
        Process process = running.remove(service);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void awaitReady(Service service, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!running.get(service).isAlive()) {
                throw new IllegalStateException(service.module + " exited during start; see " + log);
            }
            try {
                HttpURLConnection health = (HttpURLConnection) URI.create(managementUrl(service) + "/q/health/ready").toURL().openConnection();
                health.setConnectTimeout(500);
                health.setReadTimeout(5000);
                if (health.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.module + " was not ready within 180 s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : running.values()) {
            process.destroy();
        }
        for (Process process : running.values()) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        running.clear();
    }
}

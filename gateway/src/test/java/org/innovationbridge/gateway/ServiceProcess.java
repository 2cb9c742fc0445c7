package org.innovationbridge.gateway;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One platform service run from its packaged jar as a real operating-system process, as it runs in production. */
final class ServiceProcess {
    private final String module;
    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(String module, String portVariable, Map<String, String> environment) {
        this(module, module, portVariable, environment);
    }

    /** A second instance of a module needs a name of its own (its log file is named after it). */
    ServiceProcess(String module, String name, String portVariable, Map<String, String> environment) {
        this.module = module;
        this.name = name;
        this.port = freePort();
        this.environment = new HashMap<>(environment);
        this.environment.put(portVariable, Integer.toString(port));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    /** Starts with some variables changed for this run only. */
    void start(Map<String, String> overrides) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the whole project (mvn verify) first");
        }
        Path log = Path.of("target", name + "-it.log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().putAll(overrides);
        process = builder.start();
        awaitReady(log.toFile());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void awaitReady(File log) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start; see " + log);
            }
            try {
                HttpURLConnection health = (HttpURLConnection) URI.create(url() + "/q/health/ready").toURL().openConnection();
                health.setConnectTimeout(500);
                if (health.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within 90 s; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

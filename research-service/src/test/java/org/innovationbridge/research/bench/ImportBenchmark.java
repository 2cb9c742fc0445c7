package org.innovationbridge.research.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.ThreadMXBean;
import org.innovationbridge.research.CompilationFiles;
import org.innovationbridge.research.imports.CompilationReader;
import org.innovationbridge.research.imports.UploadedTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Imports a generated compilation into a running research-service and reports its speed and memory. Not a test:
 * run it against a service started on its own (see README.md), {@code mvn -pl research-service test-compile
 * exec:java -Dexec.args="http://127.0.0.1:8082 20000"}.
 *
 * <p>Measured: rows/s of the job (rowsTotal over the job's startedAt→finishedAt, the row writes with their events)
 * and end to end (upload to DONE, including the upload's parse); the service's heap as {@code /q/metrics} reports
 * it, sampled every 100 ms during the import (its peak is of the samples, garbage included); and, in this JVM,
 * what parsing the same file with the service's own reader allocates and what the parsed rows retain.
 */
public final class ImportBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private ImportBenchmark(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8082";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        new ImportBenchmark(url).run(rows);
    }

    private void run(int rows) throws Exception {
        long generating = System.nanoTime();
        byte[] workbook = CompilationFiles.large(rows);
        System.out.printf(Locale.ROOT, "generated %d rows: %.1f MB XLSX in %.1f s%n", rows, workbook.length / 1e6,
                seconds(System.nanoTime() - generating));
        parseInProcess(workbook);

        String institution = post("/institutions", "application/json", JSON.writeValueAsBytes(Map.of(
                "name", "基准测试大学 " + UUID.randomUUID().toString().substring(0, 8),
                "type", "UNIVERSITY", "region", "zichuan"))).path("id").asText();
        long heapBefore = heapUsed();
        String boundary = "bench-" + UUID.randomUUID();
        long uploading = System.nanoTime();
        JsonNode accepted = post("/institutions/" + institution + "/imports", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, workbook));
        double uploadSeconds = seconds(System.nanoTime() - uploading);
        String jobId = accepted.path("id").asText();
        System.out.printf(Locale.ROOT, "upload answered 202 in %.2f s (sent, read and checked whole), job %s%n",
                uploadSeconds, jobId);

        long peakHeap = heapBefore;
        JsonNode job;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        do {
            Thread.sleep(100);
            peakHeap = Math.max(peakHeap, heapUsed());
            job = get("/imports/" + jobId);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the job is not finished after " + TIMEOUT + ": " + job);
            }
        } while (!job.path("status").asText().equals("DONE") && !job.path("status").asText().equals("FAILED"));
        double endToEnd = seconds(System.nanoTime() - uploading);

        double jobSeconds = Duration.between(OffsetDateTime.parse(job.path("startedAt").asText()),
                OffsetDateTime.parse(job.path("finishedAt").asText())).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "job %s: %d rows, created %d, updated %d, unchanged %d, rejected %d%n",
                job.path("status").asText(), job.path("rowsTotal").asInt(), job.path("created").asInt(),
                job.path("updated").asInt(), job.path("unchanged").asInt(), job.path("rejected").asInt());
        System.out.printf(Locale.ROOT, "rows/s: %.0f (job, %.1f s); %.0f end to end (%.1f s)%n",
                job.path("rowsDone").asInt() / jobSeconds, jobSeconds, job.path("rowsDone").asInt() / endToEnd, endToEnd);
        if (peakHeap > 0) {
            System.out.printf(Locale.ROOT, "service heap (from /q/metrics): %.0f MB before, peak %.0f MB sampled during the import%n",
                    heapBefore / 1e6, peakHeap / 1e6);
        } else {
            System.out.println("service heap: /q/metrics not available");
        }
    }

    /** The service's own reader on this JVM: the time and peak heap of reading the file before any row is written. */
    private static void parseInProcess(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("bench", ".xlsx");
        try {
            Files.write(file, workbook);
            CompilationReader reader = new CompilationReader(20_000, JSON);
            reader.read(file, "warm-up.xlsx");
            System.gc();
            long baseline = heapNow();
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            UploadedTable table = reader.read(file, "bench.xlsx");
            double took = seconds(System.nanoTime() - started);
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            System.gc();
            long retained = heapNow() - baseline;
            System.out.printf(Locale.ROOT, "in-process parse: %d rows in %.2f s; %.0f MB allocated while reading,"
                    + " %.0f MB retained by the rows%n", table.rows().size(), took, allocated / 1e6, retained / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long heapNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of the heap pools' used bytes on /q/metrics, or 0 when the service has no metrics. */
    private long heapUsed() {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() != 200) {
                return 0;
            }
            return (long) metrics.body().lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static byte[] multipart(String boundary, byte[] workbook) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(workbook.length + 512);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"benchmark.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(workbook);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private JsonNode post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

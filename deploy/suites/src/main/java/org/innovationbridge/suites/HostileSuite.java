package org.innovationbridge.suites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The hostile-input suite: reads each service's OpenAPI document ({@code /q/openapi}) and sends, for every
 * operation, requests a careless or malicious client could send: wrong types, missing required fields, 1 MB
 * strings, unicode edge cases (NUL, lone surrogates, RTL overrides, emoji, combining marks), negative and huge
 * numbers, SQL and Elasticsearch query-DSL injection, {@code <script>}, path traversal in path parameters and
 * upload file names, malformed JSON and wrong content types. Every answer must be below 500, and every 4xx must
 * be RFC 9457 problem+json that names the field or parameter when the fault was in one.
 *
 * <p>Arguments: {@code --gateway URL --service name=URL ... [--management name=URL ...] [--short]}; a service's
 * health and document are read from its {@code --management} address when it has one (the gateway: its management
 * interface), else from its own. Calls go through {@link Gateway}, signed in when the gateway offers sign-in.
 */
public final class HostileSuite {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MEGABYTE = "长".repeat(350_000);

    /** Strings no field should choke on. */
    private static final List<String> STRINGS = List.of(
            "' OR '1'='1' --", "1; DROP TABLE problem; --",
            "{\"query\":{\"match_all\":{}}}", "*:* OR _exists_:id", "\"}},\"script\":{\"source\":\"1\"}}",
            "<script>alert(1)</script>", "a\u0000b", "\uD800", "x\uDFFFy", "\u202Eevil\u202C", "🧪🔬👩‍🔬",
            "e\u0301\u0301\u0301\u0301", "\u200B", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "", "   ",
            "x".repeat(5000));
    private static final List<String> SHORT_STRINGS = List.of("' OR '1'='1' --", "{\"query\":{\"match_all\":{}}}",
            "<script>alert(1)</script>", "a\u0000b", "\uD800", "\u202Eevil\u202C", "🧪", "../../../../etc/passwd", "");
    /** Raw JSON numbers and other values of the wrong kind. */
    private static final List<String> NUMBERS = List.of("-1", "-99999999999", "0", "1e308", "-1e308",
            "99999999999999999999999999", "0.000000001", "1.5", "\"NaN\"", "\"abc\"", "true", "null", "[]", "{}");
    private static final List<String> SHORT_NUMBERS = List.of("-1", "1e308", "99999999999999999999999999", "\"abc\"", "{}");
    private static final List<String> WRONG_KINDS_FOR_TEXT = List.of("12345", "true", "{\"a\":1}", "[1,2]");

    private final Map<String, String> services;
    /** Where each service serves its health and OpenAPI document: its management interface, if it has one. */
    private final Map<String, String> management;
    private final boolean quick;
    private final Gateway enterpriseUser;
    private final Gateway institutionUser;
    /** Real ids for fields that must refer to something that exists, so a baseline body is valid. */
    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private final Map<String, Integer> byClass = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();
    private int sent;

    private HostileSuite(Map<String, String> services, Map<String, String> management, boolean quick,
                         Gateway enterpriseUser, Gateway institutionUser) {
        this.services = services;
        this.management = management;
        this.quick = quick;
        this.enterpriseUser = enterpriseUser;
        this.institutionUser = institutionUser;
    }

    /** One request and what, if anything, in it was made hostile. */
    private record Case(String service, String method, String template, String url, String contentType, byte[] body,
                        Map<String, String> headers, String target, String what) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> services = new LinkedHashMap<>();
        Map<String, String> management = new LinkedHashMap<>();
        String gatewayUrl = null;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gatewayUrl = args[++i];
                case "--service" -> {
                    String[] named = args[++i].split("=", 2);
                    services.put(named[0], named[1]);
                }
                case "--management" -> {
                    String[] named = args[++i].split("=", 2);
                    management.put(named[0], named[1]);
                }
                case "--short" -> quick = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        services.forEach((name, url) -> management.putIfAbsent(name, url));
        for (String url : management.values()) {
            awaitReady(url);
        }
        Gateway gateway = Gateway.connect(URI.create(gatewayUrl));
        String run = UUID.randomUUID().toString().substring(0, 6);
        System.out.println(gateway.signInOffered() ? "gateway offers sign-in: requests carry a signed-in user's token"
                : "gateway has no sign-in (404): requests go unauthenticated");
        HostileSuite suite = new HostileSuite(services, management, quick,
                gateway.asNewUser("hostile-" + run + "-e", "Hostile-suite-1", "enterprise"),
                gateway.asNewUser("hostile-" + run + "-i", "Hostile-suite-1", "institution"));
        suite.createFixtures();
        long started = System.nanoTime();
        for (Map.Entry<String, String> service : services.entrySet()) {
            suite.attack(service.getKey(), service.getValue());
        }
        suite.report((System.nanoTime() - started) / 1_000_000_000.0);
        System.exit(suite.serverErrors.isEmpty() && suite.unnamed.isEmpty() ? 0 : 1);
    }

    private static void awaitReady(String url) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                java.net.HttpURLConnection health = (java.net.HttpURLConnection) URI.create(url + "/q/health/ready")
                        .toURL().openConnection();
                health.setConnectTimeout(500);
                if (health.getResponseCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " was not ready within 180 s");
    }

    private void createFixtures() throws Exception {
        // the Auth API: a valid account for baseline bodies (register takes only the self-service roles)
        fixtures.put("role", "enterprise");
        fixtures.put("username", "hostile-baseline-" + UUID.randomUUID().toString().substring(0, 8));
        fixtures.put("password", "Hostile-suite-1");
        String enterprise = services.get("enterprise-service");
        if (enterprise != null) {
            Gateway.Answer made = enterpriseUser.call("POST", enterprise + "/enterprises", Map.of("name", "对抗测试企业",
                    "creditCode", CreditCodes.next(), "district", "zichuan",
                    "industryChains", List.of("hydrogen-energy-storage"), "sizeClass", "SMALL"));
            fixtures.put("enterpriseId", made.json().path("id").asText());
            enterpriseUser.signIn();
        }
        String research = services.get("research-service");
        if (research != null) {
            Gateway.Answer made = institutionUser.call("POST", research + "/institutions", Map.of("name", "对抗测试大学",
                    "type", "UNIVERSITY", "region", "zhangdian"));
            fixtures.put("institutionId", made.json().path("id").asText());
            institutionUser.signIn();
        }
    }

    private JsonNode baseline(JsonNode schema, JsonNode schemas) {
        JsonNode sample = sample(schema, schemas);
        if (sample instanceof ObjectNode object) {
            fixtures.forEach((field, id) -> {
                if (object.has(field)) {
                    object.put(field, id);
                }
            });
        }
        return sample;
    }

    private Gateway session(String service) {
        return service.startsWith("research") ? institutionUser : enterpriseUser;
    }

    private void attack(String service, String base) throws Exception {
        JsonNode doc = Gateway.JSON.readTree(session(service).send("GET", management.get(service) + "/q/openapi?format=json", null, null,
                Map.of()).body());
        JsonNode schemas = doc.path("components").path("schemas");
        int before = sent;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (Case each : cases(service, base, op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue(), schemas)) {
                    check(each);
                }
            }
        }
        System.out.printf("%-20s %5d requests%n", service, sent - before);
    }

    private List<Case> cases(String service, String base, String method, String template, JsonNode op, JsonNode schemas) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        Map<String, String> requiredQuery = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : op.path("parameters")) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> pathValues.put(name, String.valueOf(sample(parameter.path("schema"), schemas).asText()));
                case "query" -> {
                    queryParams.put(name, parameter.path("schema"));
                    if (parameter.path("required").asBoolean()) {
                        requiredQuery.put(name, sample(parameter.path("schema"), schemas).asText());
                    }
                }
                case "header" -> headers.put(name, "\"0\"");
                default -> { }
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        String bodyType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode bodySchema = bodyType == null ? null : resolve(content.path(bodyType).path("schema"), schemas);
        byte[] validBody = bodySchema == null || !bodyType.contains("json") ? null : bytes(baseline(bodySchema, schemas));
        String valid = url(base, template, pathValues, requiredQuery);

        // path parameters
        for (String name : pathValues.keySet()) {
            for (String value : strings()) {
                if (value.isBlank()) {
                    continue; // an empty segment changes which route matches, not the parameter's value
                }
                Map<String, String> changed = new LinkedHashMap<>(pathValues);
                changed.put(name, value);
                cases.add(new Case(service, method, template, url(base, template, changed, requiredQuery), bodyType == null ? null
                        : "application/json", validBody, headers, name, "path " + name + "=" + shown(value)));
            }
            for (String raw : List.of("%", "%ZZ", "%ED%A0%80", "%00", "..%2F..%2Fetc%2Fpasswd")) {
                String url = base + template.replace("{" + name + "}", raw).replaceAll("\\{[^}]+}", "x");
                cases.add(new Case(service, method, template, url, null, validBody, headers, name, "raw path " + raw));
            }
        }
        // query parameters
        for (Map.Entry<String, JsonNode> parameter : queryParams.entrySet()) {
            List<String> values = new ArrayList<>(strings());
            if (!"string".equals(parameter.getValue().path("type").asText("string"))) {
                values.addAll(List.of("-1", "abc", "99999999999999999999", "1.5", "1e400"));
            }
            for (String value : values) {
                Map<String, String> query = new LinkedHashMap<>(requiredQuery);
                query.put(parameter.getKey(), value);
                cases.add(new Case(service, method, template, url(base, template, pathValues, query),
                        bodyType == null ? null : "application/json", validBody, headers, parameter.getKey(),
                        "query " + parameter.getKey() + "=" + shown(value)));
            }
        }
        // conditional-request headers
        for (String name : headers.keySet()) {
            for (String value : List.of("abc", "\"-1\"", "*", "W/\"0\"", "\"99999999999999999999\"", "\"0\", \"1\"")) {
                Map<String, String> changed = new LinkedHashMap<>(headers);
                changed.put(name, value);
                cases.add(new Case(service, method, template, valid, bodyType == null ? null : "application/json", validBody,
                        changed, null, "header " + name + ": " + value));
            }
        }
        if (bodySchema == null) {
            return cases;
        }
        if (bodyType.startsWith("multipart/")) {
            for (String fileName : List.of("../../../../etc/passwd.xlsx", "..\\..\\boot.ini.csv", "a\u0000b.csv",
                    "\u202Excsl.json", "x".repeat(3000) + ".csv", "", "results.exe")) {
                for (byte[] file : List.of("not a workbook".getBytes(StandardCharsets.UTF_8), new byte[0])) {
                    cases.add(multipart(service, method, template, valid, headers, fileName, file));
                }
            }
            return cases;
        }
        // whole bodies
        List<String> malformed = new ArrayList<>(List.of("{", "{\"title\":", "[]", "null", "\"text\"", "42", "{} trailing",
                "\uFEFF{}", "{\"a\":1,\"a\":2}", "[".repeat(5000) + "]".repeat(5000), "{\"x\":" + "[".repeat(2000)));
        for (String body : malformed) {
            cases.add(new Case(service, method, template, valid, "application/json", body.getBytes(StandardCharsets.UTF_8),
                    headers, null, "malformed body " + shown(body)));
        }
        cases.add(new Case(service, method, template, valid, "application/json", new byte[0], headers, null, "empty body"));
        cases.add(new Case(service, method, template, valid, "application/json",
                new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, '{', '}'}, headers, null, "invalid UTF-8"));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            cases.add(new Case(service, method, template, valid, type, validBody, headers, null, "content type " + type));
        }
        cases.add(new Case(service, method, template, valid, null, validBody, headers, null, "no content type"));
        // field by field
        if (bodySchema.path("properties").isObject()) {
            ObjectNode baseline = (ObjectNode) baseline(bodySchema, schemas);
            for (JsonNode required : bodySchema.path("required")) {
                ObjectNode without = baseline.deepCopy();
                without.remove(required.asText());
                cases.add(body(service, method, template, valid, headers, without, required.asText(), "missing " + required.asText()));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = bodySchema.path("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode schema = resolve(field.getValue(), schemas);
                String type = schema.path("type").asText(schema.has("enum") ? "string" : "object");
                List<String> raws = new ArrayList<>();
                switch (type) {
                    case "string" -> {
                        strings().forEach(s -> raws.add(json(s)));
                        raws.add(json(MEGABYTE));
                        raws.addAll(WRONG_KINDS_FOR_TEXT);
                    }
                    case "integer", "number" -> raws.addAll(quick ? SHORT_NUMBERS : NUMBERS);
                    case "array" -> {
                        raws.addAll(List.of("\"not a list\"", "{}", "[null]", "[[1]]", "[" + json("a\u0000b") + "]"));
                        raws.add("[" + String.join(",", java.util.Collections.nCopies(5000, "\"x\"")) + "]");
                    }
                    case "boolean" -> raws.addAll(List.of("\"yes\"", "1", "null", "{}"));
                    default -> raws.addAll(List.of("\"x\"", "[]", "42", "{\"unknown\":1}"));
                }
                for (String raw : raws) {
                    ObjectNode changed = baseline.deepCopy();
                    String text = changed.toString();
                    String body = changed.has(field.getKey())
                            ? replaceField(changed, field.getKey(), raw)
                            : text.substring(0, text.length() - 1) + (changed.isEmpty() ? "" : ",") + json(field.getKey()) + ":" + raw + "}";
                    cases.add(new Case(service, method, template, valid, "application/json", body.getBytes(StandardCharsets.UTF_8),
                            headers, field.getKey(), "body " + field.getKey() + "=" + shown(raw)));
                }
            }
        }
        return cases;
    }

    private List<String> strings() {
        return quick ? SHORT_STRINGS : STRINGS;
    }

    private static String replaceField(ObjectNode body, String field, String raw) {
        String marker = "\u0001HOSTILE\u0001";
        body.put(field, marker);
        return body.toString().replace(json(marker), raw);
    }

    private Case body(String service, String method, String template, String url, Map<String, String> headers,
                      ObjectNode body, String target, String what) {
        return new Case(service, method, template, url, "application/json", bytes(body), headers, target, what);
    }

    private Case multipart(String service, String method, String template, String url, Map<String, String> headers,
                           String fileName, byte[] file) {
        String boundary = "hostile" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Case(service, method, template, url, "multipart/form-data; boundary=" + boundary, out.toByteArray(),
                headers, null, "upload named " + shown(fileName) + " (" + file.length + " bytes)");
    }

    private void check(Case each) {
        Gateway.Answer answer;
        try {
            answer = session(each.service()).send(each.method(), each.url(), each.contentType(), each.body(), each.headers());
        } catch (IllegalArgumentException unsendable) {
            return; // the client library refuses to send it (e.g. an illegal URI): nothing reached the service
        } catch (Exception e) {
            sent++;
            byClass.merge("no answer", 1, Integer::sum);
            serverErrors.add(line(each, "no answer: " + e));
            return;
        }
        sent++;
        int status = answer.status();
        byClass.merge(status / 100 + "xx", 1, Integer::sum);
        if (status >= 500) {
            serverErrors.add(line(each, status + " " + Gateway.abbreviate(answer.body())));
            return;
        }
        if (status < 400) {
            return;
        }
        String type = answer.header("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            unnamed.add(line(each, status + " not problem+json (" + type + "): " + Gateway.abbreviate(answer.body())));
            return;
        }
        if (each.target() != null && (status == 400 || status == 422) && !names(answer.body(), each.target())) {
            unnamed.add(line(each, status + " does not name " + each.target() + ": " + Gateway.abbreviate(answer.body())));
        }
    }

    /** Whether a problem body names the field or parameter: in errors[].field/parameter, or else in its detail. */
    private static boolean names(String body, String target) {
        try {
            JsonNode problem = Gateway.JSON.readTree(body);
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText(error.path("parameter").asText(""));
                if (field.equals(target) || field.endsWith("." + target) || field.startsWith(target + ".")
                        || field.startsWith(target + "[")) {
                    return true;
                }
            }
            return problem.path("detail").asText("").contains(target);
        } catch (Exception e) {
            return false;
        }
    }

    private void report(double seconds) {
        System.out.printf(Locale.ROOT, "%nrequests sent %d in %.1f s%n", sent, seconds);
        byClass.forEach((k, v) -> System.out.printf("  %-9s %6d%n", k, v));
        System.out.printf("5xx or no answer: %d%n", serverErrors.size());
        serverErrors.stream().limit(40).forEach(line -> System.out.println("  " + line));
        System.out.printf("4xx not problem+json or not naming the field: %d%n", unnamed.size());
        unnamed.stream().limit(40).forEach(line -> System.out.println("  " + line));
        System.out.println(serverErrors.isEmpty() && unnamed.isEmpty() ? "hostile suite: PASSED" : "hostile suite: FAILED");
    }

    private static String line(Case each, String outcome) {
        return each.service() + " " + each.method() + " " + each.template() + " [" + each.what() + "] → " + outcome;
    }

    private static String url(String base, String template, Map<String, String> pathValues, Map<String, String> query) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        StringBuilder url = new StringBuilder(base).append(path);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** A value the schema accepts, from its examples, enum or type; references are followed. */
    private static JsonNode sample(JsonNode schema, JsonNode schemas) {
        if (schema.has("example")) { // a property's own example outranks its referenced type's
            return schema.path("example");
        }
        JsonNode resolved = resolve(schema, schemas);
        if (resolved.has("examples") && resolved.path("examples").size() > 0) {
            return resolved.path("examples").get(0);
        }
        if (resolved.has("example")) {
            return resolved.path("example");
        }
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        if (schema.path("$ref").asText().endsWith("/UUID") || "uuid".equals(resolved.path("format").asText())) {
            return NODES.textNode(UUID.randomUUID().toString());
        }
        return switch (resolved.path("type").asText("object")) {
            case "string" -> NODES.textNode(switch (resolved.path("format").asText()) {
                case "date" -> "2026-12-20";
                case "local-time", "time" -> "09:00:00";
                default -> "测试";
            });
            case "integer" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asInt(1)));
            case "number" -> NODES.numberNode(Math.max(1.0, resolved.path("minimum").asDouble(1.0)));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (resolved.has("items")) {
                    array.add(sample(resolved.path("items"), schemas));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    object.set(field.getKey(), sample(field.getValue(), schemas));
                }
                yield object;
            }
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring("#/components/schemas/".length())) : schema;
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        return NODES.textNode(text).toString();
    }

    private static String shown(String value) {
        String escaped = value.chars().limit(40).mapToObj(c -> c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0x202E
                ? String.format("\\u%04X", c) : String.valueOf((char) c)).reduce("", String::concat);
        return value.length() > 40 ? escaped + "…(" + value.length() + " chars)" : escaped;
    }
}

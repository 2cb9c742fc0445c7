package org.innovationbridge.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One OpenAPI document for the whole public API: every service's {@code /q/openapi} with its paths under
 * {@code /api} (as the gateway routes them), plus the gateway's own. Schemas keep their names when the services
 * agree on them and are prefixed with the service's name when they differ. A service that cannot be reached is
 * listed in {@code x-unavailable} rather than failing the document. Services are reached only at their configured
 * addresses (never at one derived from the request) and a document larger than the cap counts as unavailable.
 */
@ApplicationScoped
public class PlatformApi {
    private static final Logger LOG = Logger.getLogger(PlatformApi.class);
    private static final String REF = "#/components/schemas/";

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final OpenApiDocumentService ownDocument;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public PlatformApi(GatewayConfig config, ObjectMapper json, OpenApiDocumentService ownDocument) {
        this.config = config;
        this.json = json;
        this.ownDocument = ownDocument;
    }

    /** The merged document. */
    public ObjectNode document() {
        JsonNode gatewayOwn = own();
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", gatewayOwn.path("openapi").asText("3.1.0"));
        merged.putObject("info").put("title", "Innovation Bridge — public API (through the gateway)")
                .put("version", gatewayOwn.path("info").path("version").asText("0.1.0"));
        // every path is the gateway's, so clients call it where they read this document
        merged.putArray("servers").addObject().put("url", "/").put("description", "the gateway that serves this document");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ArrayNode tags = merged.putArray("tags");
        ArrayNode unavailable = json.createArrayNode();
        add(gatewayOwn, "gateway", "", paths, schemas, tags);
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("enterprise-service", config.enterpriseUrl());
        services.put("research-service", config.researchUrl());
        services.put("matching-service", config.matchingUrl());
        services.forEach((name, url) -> fetch(url).ifPresentOrElse(doc -> add(doc, name, "/api", paths, schemas, tags),
                () -> unavailable.add(name)));
        ObjectNode security = components.putObject("securitySchemes").putObject("bearer");
        security.put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        if (!unavailable.isEmpty()) {
            merged.set("x-unavailable", unavailable);
        }
        return merged;
    }

    /** The gateway's own part, from this process: asking itself over HTTP would need an address to trust. */
    private JsonNode own() {
        try {
            return json.readTree(ownDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        } catch (IOException e) {
            LOG.warnf("cannot read the gateway's own OpenAPI document: %s", e);
            return json.createObjectNode();
        }
    }

    private Optional<JsonNode> fetch(URI service) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    LOG.warnf("%s answered %d for its OpenAPI document", service, response.statusCode());
                    return Optional.empty();
                }
                int cap = config.openApiMaxBytes();
                byte[] read = body.readNBytes(cap + 1);
                if (read.length > cap) {
                    LOG.warnf("the OpenAPI document of %s is larger than %d bytes; left out", service, cap);
                    return Optional.empty();
                }
                return Optional.of(json.readTree(read));
            }
        } catch (IOException e) {
            LOG.warnf("cannot read the OpenAPI document of %s: %s", service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private void add(JsonNode doc, String service, String pathPrefix, ObjectNode paths, ObjectNode schemas, ArrayNode tags) {
        Map<String, String> renamed = new LinkedHashMap<>();
        doc.path("components").path("schemas").fields().forEachRemaining(entry -> {
            JsonNode existing = schemas.get(entry.getKey());
            String name = existing == null || existing.equals(entry.getValue()) ? entry.getKey()
                    : service + "." + entry.getKey();
            renamed.put(entry.getKey(), name);
        });
        doc.path("components").path("schemas").fields().forEachRemaining(entry ->
                schemas.set(renamed.get(entry.getKey()), rewriteRefs(entry.getValue().deepCopy(), renamed)));
        doc.path("paths").fields().forEachRemaining(entry ->
                paths.set(pathPrefix + entry.getKey(), rewriteRefs(entry.getValue().deepCopy(), renamed)));
        doc.path("tags").forEach(tags::add);
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith(REF)) {
                String name = ref.asText().substring(REF.length());
                object.set("$ref", TextNode.valueOf(REF + renamed.getOrDefault(name, name)));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                rewriteRefs(fields.next().getValue(), renamed);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> rewriteRefs(item, renamed));
        }
        return node;
    }
}

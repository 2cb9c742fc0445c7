package org.innovationbridge.matching.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.innovationbridge.kit.event.EventEnvelope;
import org.innovationbridge.matching.config.TextAnalysisConfig;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.TextAnalysis;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns one event envelope (schema {@code ib.event.v1}) into the document write it implies, or says why it
 * cannot: such a message is poison and goes to the dead-letter topic.
 */
@ApplicationScoped
public class EventTranslator {
    static final String SCHEMA = EventEnvelope.SCHEMA;
    private static final Set<String> LISTED_PROBLEM = Set.of("PUBLISHED", "IN_TALKS");
    private static final Set<String> LISTED_RESULT = Set.of("PUBLISHED");

    private final ObjectMapper json;
    private final TextAnalysis analysis;

    @Inject
    public EventTranslator(ObjectMapper json, TextAnalysis analysis) {
        this.json = json;
        this.analysis = analysis;
    }

    /** With text analysed in this service, the default. */
    public EventTranslator(ObjectMapper json, ChineseSegmenter segmenter) {
        this(json, new TextAnalysis(segmenter, TextAnalysisConfig.Mode.SERVICE));
    }

    /** Either a write or the reason the message is unusable. */
    public record Translation(SearchIndex.Write write, String poisonReason) {
        static Translation poison(String reason) {
            return new Translation(null, reason);
        }
    }

    public Translation translate(String value) {
        JsonNode envelope;
        try {
            envelope = value == null ? null : json.readTree(value);
        } catch (JsonProcessingException e) {
            return Translation.poison("not JSON: " + e.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            return Translation.poison("not a JSON object");
        }
        if (!SCHEMA.equals(envelope.path("schema").asText())) {
            return Translation.poison("unsupported schema '" + envelope.path("schema").asText() + "'");
        }
        String aggregateId = envelope.path("aggregateId").asText("");
        JsonNode version = envelope.path("aggregateVersion");
        String eventType = envelope.path("eventType").asText("");
        if (aggregateId.isBlank() || !version.canConvertToLong() || version.asLong() < 0 || eventType.isBlank()) {
            return Translation.poison("envelope lacks aggregateId, eventType or a non-negative aggregateVersion");
        }
        DocumentKind kind = switch (envelope.path("aggregateType").asText()) {
            case "problem" -> DocumentKind.PROBLEM;
            case "result" -> DocumentKind.RESULT;
            case "enterprise", "institution" -> DocumentKind.OWNER;
            default -> null;
        };
        if (kind == null) {
            return Translation.poison("aggregate type '" + envelope.path("aggregateType").asText() + "' is not indexed");
        }
        if (eventType.endsWith(".deleted")) {
            return new Translation(new SearchIndex.Write(kind,
                    MatchDocument.tombstone(kind, aggregateId, version.asLong())), null);
        }
        JsonNode payload = envelope.path("payload");
        if (kind == DocumentKind.OWNER) {
            return owner(aggregateId, version.asLong(), payload);
        }
        if (!payload.isObject() || payload.path("title").asText("").isBlank()) {
            return Translation.poison("payload lacks a title");
        }
        MatchDocument doc = kind == DocumentKind.PROBLEM
                ? problem(aggregateId, version.asLong(), payload)
                : result(aggregateId, version.asLong(), payload);
        return new Translation(new SearchIndex.Write(kind, doc), null);
    }

    /** An enterprise or institution: only its current name and district matter here. */
    private static Translation owner(String id, long version, JsonNode p) {
        String name = p.path("name").asText("");
        if (name.isBlank()) {
            return Translation.poison("payload lacks a name");
        }
        String district = textOrNull(p.has("district") ? p.path("district") : p.path("region"));
        return new Translation(new SearchIndex.Write(DocumentKind.OWNER, new MatchDocument(id,
                DocumentKind.OWNER.name(), name, null, null, null, null, null, null, null, null, null, null, null,
                district, null, null, null, null, false, false, version, textOrNull(p.path("updatedAt")))), null);
    }

    private MatchDocument problem(String id, long version, JsonNode p) {
        String status = p.path("status").asText();
        return document(DocumentKind.PROBLEM, id, version, p, p.path("description").asText(""),
                single(p.path("industryChain")), p.path("expectedMaturity"), p.path("enterpriseId"),
                p.path("enterpriseName"), "CONFIDENTIAL".equals(p.path("visibility").asText()), status,
                LISTED_PROBLEM.contains(status));
    }

    private MatchDocument result(String id, long version, JsonNode r) {
        String status = r.path("status").asText();
        return document(DocumentKind.RESULT, id, version, r, r.path("summary").asText(""),
                strings(r.path("industryChains")), r.path("maturity"), r.path("institutionId"),
                r.path("institutionName"), false, status, LISTED_RESULT.contains(status));
    }

    private MatchDocument document(DocumentKind kind, String id, long version, JsonNode p, String text,
                                   List<String> chains, JsonNode maturity, JsonNode ownerId, JsonNode ownerName,
                                   boolean anonymous, String status, boolean listed) {
        String title = p.path("title").asText();
        List<String> keywords = strings(p.path("keywords"));
        return new MatchDocument(id, kind.name(), title, analysis.words(title), text, analysis.words(text),
                keywords, analysis.words(String.join(" ", keywords)),
                analysis.grams(title + " " + String.join(" ", keywords) + " " + text), null,
                chains, strings(p.path("technicalFields")),
                strings(p.path("cooperationModes")), textOrNull(maturity), textOrNull(p.path("district")),
                textOrNull(ownerId), textOrNull(ownerName), anonymous, status, listed, false, version,
                textOrNull(p.path("updatedAt")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(node -> values.add(node.asText()));
        }
        return values;
    }

    private static List<String> single(JsonNode value) {
        return value.isTextual() ? List.of(value.asText()) : List.of();
    }

    private static String textOrNull(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}

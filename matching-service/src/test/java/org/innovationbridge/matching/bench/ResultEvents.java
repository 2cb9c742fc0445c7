package org.innovationbridge.matching.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innovationbridge.matching.TestEvents;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Synthetic results as the events research-service's outbox publishes (schema {@code ib.event.v1}, the payload
 * of its ResultSnapshot). Both benchmark corpora go through these events and the real EventTranslator, so the
 * indexed documents are segmented and shaped exactly like the ones the service indexes.
 */
final class ResultEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPDATED_AT = "2025-01-01T08:00:00+08:00";

    static UUID idOf(SyntheticCorpus.Stream stream, long index) {
        return UUID.nameUUIDFromBytes((stream + "-" + index).getBytes(StandardCharsets.UTF_8));
    }

    static String published(UUID id, SyntheticCorpus.Result result) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", id.toString())
                .put("institutionId", UUID.nameUUIDFromBytes(result.institution().getBytes(StandardCharsets.UTF_8))
                        .toString())
                .put("institutionName", result.institution())
                .put("district", result.district())
                .put("title", result.title())
                .put("summary", result.summary())
                .put("maturity", result.maturity())
                .put("status", "PUBLISHED")
                .put("updatedAt", UPDATED_AT);
        payload.putArray("industryChains").add(result.topic().chain().code());
        payload.putArray("technicalFields").add(result.topic().chain().field());
        result.cooperationModes().forEach(payload.putArray("cooperationModes")::add);
        result.keywords().forEach(payload.putArray("keywords")::add);
        return TestEvents.envelope("result", id, 1, "result.status-changed", payload).toString();
    }

    private ResultEvents() {
    }
}

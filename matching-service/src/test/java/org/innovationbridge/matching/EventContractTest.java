package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innovationbridge.matching.messaging.EventTranslator;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's side of the event contract: the writer's pinned example translates into the right document. */
class EventContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The writers' pinned example, shipped in the service kit beside the envelope it documents. */
    private static final String PINNED_PROBLEM_EVENT = "/contract/problem-event-v1.json";

    private final EventTranslator translator = new EventTranslator(JSON, new ChineseSegmenter());

    @Test
    void thePinnedProblemEventBecomesAProblemDocument() throws Exception {
        String event = pinned();
        EventTranslator.Translation translation = translator.translate(event);

        assertThat(translation.poisonReason()).isNull();
        assertThat(translation.write().kind()).isEqualTo(DocumentKind.PROBLEM);
        MatchDocument doc = translation.write().document();
        assertThat(doc.id()).isEqualTo("0b7e4f3a-8c21-4d6e-b1a9-5e2c7d9f0a34");
        assertThat(doc.aggregateVersion()).isZero();
        assertThat(doc.title()).isEqualTo("固态储氢材料的低成本规模化制备");
        assertThat(doc.titleSeg()).contains("固态", "材料", "制备");
        assertThat(doc.ownerName()).isEqualTo("淄博海源氢能科技有限公司");
        assertThat(doc.industryChains()).containsExactly("hydrogen-energy-storage");
        assertThat(doc.technicalFields()).containsExactly("new-materials-tech");
        assertThat(doc.keywords()).containsExactly("固态储氢", "镁基合金");
        assertThat(doc.cooperationModes()).containsExactly("JOINT_DEVELOPMENT", "LICENCE");
        assertThat(doc.maturity()).isEqualTo("PILOT");
        assertThat(doc.district()).isEqualTo("linzi");
        assertThat(doc.listed()).as("a draft is not listed").isFalse();
        assertThat(doc.deleted()).isFalse();
    }

    @Test
    void aConfidentialPublishedProblemIsListedButAnonymous() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(pinned());
        ((ObjectNode) event.get("payload")).put("visibility", "CONFIDENTIAL").put("status", "PUBLISHED");
        MatchDocument doc = translator.translate(event.toString()).write().document();
        assertThat(doc.listed()).isTrue();
        assertThat(doc.anonymous()).isTrue();
    }

    @Test
    void anEnvelopeOfAnotherSchemaIsPoison() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(pinned());
        event.put("schema", "ib.event.v0");
        assertThat(translator.translate(event.toString()).poisonReason()).isEqualTo("unsupported schema 'ib.event.v0'");
        event.put("schema", "ib.event.v1").put("aggregateVersion", -3);
        assertThat(translator.translate(event.toString()).poisonReason())
                .isEqualTo("envelope lacks aggregateId, eventType or a non-negative aggregateVersion");
    }

    private static String pinned() throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream(PINNED_PROBLEM_EVENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

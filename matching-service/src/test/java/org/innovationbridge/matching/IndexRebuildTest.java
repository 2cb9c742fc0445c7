package org.innovationbridge.matching;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovationbridge.kit.testing.Tokens;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

/** Elasticsearch is derived state: rebuilt from the topics alone, both indexes equal the live ones. */
@Tag("stack")
@QuarkusTest
class IndexRebuildTest {
    @ConfigProperty(name = "ib.kafka.bootstrap-servers")
    String bootstrapServers;
    @Inject
    SearchIndex index;
    @Inject
    ElasticsearchClient es;

    @Test
    void theRebuiltIndexesEqualTheLiveOnesAndTheAliasesMoveToThem() throws Exception {
        UUID updated = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        UUID outOfOrder = UUID.randomUUID();
        UUID result = UUID.randomUUID();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            events.sendAll(Topics.PROBLEM_EVENTS, updated.toString(), List.of(
                    TestEvents.problemEnvelope(updated, 0, "problem.created", "重建测试草稿", "草稿", "DRAFT").toString(),
                    TestEvents.problemEnvelope(updated, 1, "problem.status-changed", "重建测试已发布", "高熵合金涂层耐磨", "PUBLISHED").toString()));
            events.sendAll(Topics.PROBLEM_EVENTS, deleted.toString(), List.of(
                    TestEvents.problemEnvelope(deleted, 0, "problem.created", "重建测试删除", "将被删除", "PUBLISHED").toString(),
                    TestEvents.envelope("problem", deleted, 1, "problem.deleted",
                            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("id", deleted.toString())).toString()));
            events.sendAll(Topics.PROBLEM_EVENTS, outOfOrder.toString(), List.of(
                    TestEvents.problemEnvelope(outOfOrder, 1, "problem.updated", "重建测试新版本", "新版本", "PUBLISHED").toString(),
                    TestEvents.problemEnvelope(outOfOrder, 0, "problem.created", "重建测试旧版本", "旧版本", "PUBLISHED").toString()));
            events.send(Topics.RESULT_EVENTS, result.toString(), TestEvents.resultEnvelope(result, 1, "重建测试成果",
                    "高熵合金涂层的制备方法", "new-materials", "PILOT", List.of("高熵合金")).toString());
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                version(DocumentKind.PROBLEM, updated) == 1 && version(DocumentKind.PROBLEM, deleted) == 1
                        && version(DocumentKind.PROBLEM, outOfOrder) == 1 && version(DocumentKind.RESULT, result) == 1);
        Map<String, MatchDocument> liveProblems = snapshot(DocumentKind.PROBLEM);
        Map<String, MatchDocument> liveResults = snapshot(DocumentKind.RESULT);
        assertThat(liveProblems.get(outOfOrder.toString()).title()).isEqualTo("重建测试新版本");

        given().when().post("/admin/indexes/rebuild").then().statusCode(401);
        String rebuiltProblems = given().auth().oauth2(Tokens.admin()).when().post("/admin/indexes/rebuild")
                .then().statusCode(200)
                .body("indexes.PROBLEM", startsWith(index.versionedIndex(DocumentKind.PROBLEM) + "-"))
                .extract().path("indexes.PROBLEM");
        assertThat(index.aliasedIndexes(DocumentKind.PROBLEM)).containsExactly(rebuiltProblems);

        assertEqual(snapshot(DocumentKind.PROBLEM), liveProblems);
        assertEqual(snapshot(DocumentKind.RESULT), liveResults);
    }

    private long version(DocumentKind kind, UUID id) {
        return index.get(kind, id.toString()).map(MatchDocument::aggregateVersion).orElse(-1L);
    }

    private Map<String, MatchDocument> snapshot(DocumentKind kind) throws Exception {
        es.indices().refresh(r -> r.index(index.alias(kind)));
        Map<String, MatchDocument> docs = new HashMap<>();
        for (Hit<MatchDocument> hit : es.search(s -> s.index(index.alias(kind)).size(10_000), MatchDocument.class)
                .hits().hits()) {
            docs.put(hit.id(), hit.source());
        }
        return docs;
    }

    /** Field by field; embeddings by cosine, since they are recomputed. */
    private static void assertEqual(Map<String, MatchDocument> rebuilt, Map<String, MatchDocument> live) {
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        for (String id : live.keySet()) {
            MatchDocument was = live.get(id);
            MatchDocument is = rebuilt.get(id);
            assertThat(is.withVector(null)).as(id).isEqualTo(was.withVector(null));
            if (was.vector() == null) {
                assertThat(is.vector()).as(id).isNull();
            } else {
                assertThat(cosine(is.vector(), was.vector())).as(id).isGreaterThan(0.9999);
            }
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}

package org.innovationbridge.matching.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.SearchIndex;

import java.io.IOException;

/** Lifecycle and shape of the benchmark's result indexes: recreated empty at the start, dropped at the end. */
final class BenchIndexes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient es;
    private final RestClient rest;

    BenchIndexes(ElasticsearchClient es, RestClient rest) {
        this.es = es;
        this.rest = rest;
    }

    /** Deletes what an earlier (perhaps interrupted) run left, then creates the index the way the service does. */
    void recreate(SearchIndex index) throws IOException {
        drop(index);
        index.ensureIndex(DocumentKind.RESULT);
    }

    void drop(SearchIndex index) throws IOException {
        String name = index.versionedIndex(DocumentKind.RESULT);
        if (es.indices().exists(e -> e.index(name)).value()) {
            es.indices().delete(d -> d.index(name));
        }
    }

    void refresh(SearchIndex index) throws IOException {
        es.indices().refresh(r -> r.index(index.versionedIndex(DocumentKind.RESULT)));
    }

    /** Documents a search sees right now (that is, as of the last refresh). */
    long searchable(SearchIndex index) throws IOException {
        return es.count(c -> c.index(index.alias(DocumentKind.RESULT))).count();
    }

    /** The cluster's version, from the cluster stats: this distribution refuses {@code GET /}. */
    String clusterVersion() throws IOException {
        var response = rest.performRequest(new Request("GET", "/_cluster/stats?filter_path=nodes.versions"));
        return JSON.readTree(EntityUtils.toString(response.getEntity())).path("nodes").path("versions").path(0)
                .asText("unknown");
    }

    /** Segment count and store size: what a search has to visit. */
    record Shape(long documents, long segments, long storeBytes) {
    }

    Shape shape(SearchIndex index) throws IOException {
        String name = index.versionedIndex(DocumentKind.RESULT);
        var response = rest.performRequest(new Request("GET", "/" + name + "/_stats/docs,segments,store"));
        JsonNode primaries = JSON.readTree(EntityUtils.toString(response.getEntity()))
                .path("indices").path(name).path("primaries");
        return new Shape(primaries.path("docs").path("count").asLong(),
                primaries.path("segments").path("count").asLong(),
                primaries.path("store").path("size_in_bytes").asLong());
    }
}

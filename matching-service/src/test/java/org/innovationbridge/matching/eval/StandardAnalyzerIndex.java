package org.innovationbridge.matching.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Baseline (a): one text field with Elasticsearch's standard analyzer, which splits Chinese into characters. */
final class StandardAnalyzerIndex {
    private final ElasticsearchClient es;
    private final String name;

    StandardAnalyzerIndex(ElasticsearchClient es, String name) {
        this.es = es;
        this.name = name;
    }

    void load(List<RankingEvaluation.Doc> corpus) throws IOException {
        if (es.indices().exists(e -> e.index(name)).value()) {
            es.indices().delete(d -> d.index(name));
        }
        es.indices().create(c -> c.index(name)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(m -> m.properties("body", p -> p.text(t -> t.analyzer("standard")))));
        for (int from = 0; from < corpus.size(); from += 1000) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (RankingEvaluation.Doc d : corpus.subList(from, Math.min(from + 1000, corpus.size()))) {
                String body = d.title() + " " + String.join(" ", d.keywords()) + " " + d.text();
                bulk.operations(op -> op.index(i -> i.index(name).id(d.id()).document(Map.of("body", body))));
            }
            es.bulk(bulk.build());
        }
        es.indices().refresh(r -> r.index(name));
    }

    List<String> search(String text, int size) {
        try {
            return es.search(s -> s.index(name).size(size).source(src -> src.fetch(false))
                            .query(q -> q.match(m -> m.field("body").query(text))), Void.class)
                    .hits().hits().stream().map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.innovationbridge.matching.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.innovationbridge.matching.config.MatchingConfig;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Elasticsearch adapter: index lifecycle, versioned writes and queries. Nothing else talks to the cluster. */
@ApplicationScoped
public class SearchIndex {
    private static final String MAPPING = "search/match-document.json";
    private static final String FIRST_VERSION = "-v1";

    private final ElasticsearchClient es;
    private final MatchingConfig config;

    public SearchIndex(ElasticsearchClient es, MatchingConfig config) {
        this.es = es;
        this.config = config;
    }

    /** A document to write into the index of its kind. */
    public record Write(DocumentKind kind, MatchDocument document) {
    }

    public enum Status { APPLIED, OUTDATED, REJECTED }

    /** What became of one write: OUTDATED means the index already holds this version or a newer one. */
    public record Outcome(Write write, Status status, String reason) {
    }

    public record Found(MatchDocument document, double score) {
    }

    public record FoundPage(List<Found> hits, long total) {
    }

    /** Optional filters of a search; null means "any". */
    public record Filters(String industryChain, String technicalField, String district) {
    }

    public String alias(DocumentKind kind) {
        return config.search().indexPrefix().orElse("") + kind.alias;
    }

    void createMissingIndexes(@Observes StartupEvent start) {
        for (DocumentKind kind : DocumentKind.values()) {
            ensureIndex(kind);
        }
    }

    /** Creates the first versioned index behind the kind's alias unless the alias already exists. */
    public void ensureIndex(DocumentKind kind) {
        String alias = alias(kind);
        try {
            if (es.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            try (InputStream mapping = Thread.currentThread().getContextClassLoader().getResourceAsStream(MAPPING)) {
                es.indices().create(c -> c.index(alias + FIRST_VERSION).withJson(mapping)
                        .aliases(alias, a -> a.isWriteIndex(true)));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw new SearchUnavailableException("cannot create index for " + alias, e);
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot reach Elasticsearch", e);
        }
    }

    /**
     * Writes documents with external versioning (the aggregate version), so a duplicate or an older event
     * never overwrites what the index holds. Throws when the cluster itself fails, so the caller can retry.
     */
    public List<Outcome> write(List<Write> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Write write : writes) {
            MatchDocument doc = write.document();
            bulk.operations(op -> op.index(i -> i.index(alias(write.kind())).id(doc.id())
                    .version(doc.aggregateVersion()).versionType(VersionType.External).document(doc)));
        }
        BulkResponse response;
        try {
            response = es.bulk(bulk.build());
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("bulk write failed", e);
        }
        List<Outcome> outcomes = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            outcomes.add(outcomeOf(writes.get(i), item));
        }
        return outcomes;
    }

    private static Outcome outcomeOf(Write write, BulkResponseItem item) {
        if (item.error() == null) {
            return new Outcome(write, Status.APPLIED, null);
        }
        if (item.status() == 409) {
            return new Outcome(write, Status.OUTDATED, item.error().reason());
        }
        if (item.status() == 429 || item.status() >= 500) {
            throw new SearchUnavailableException("Elasticsearch refused a write: " + item.error().reason(), null);
        }
        return new Outcome(write, Status.REJECTED, item.error().type() + ": " + item.error().reason());
    }

    public Optional<MatchDocument> get(DocumentKind kind, String id) {
        try {
            var response = es.get(g -> g.index(alias(kind)).id(id), MatchDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("get failed", e);
        }
    }

    /** Listed, not deleted documents of one kind matching the segmented words, best first. */
    public FoundPage search(DocumentKind kind, List<String> words, Filters filters, int from, int size) {
        List<Query> filter = new ArrayList<>();
        filter.add(Query.of(q -> q.term(t -> t.field("listed").value(true))));
        filter.add(Query.of(q -> q.term(t -> t.field("deleted").value(false))));
        addTerm(filter, "industryChains", filters.industryChain());
        addTerm(filter, "technicalFields", filters.technicalField());
        addTerm(filter, "district", filters.district());
        String text = String.join(" ", words);
        try {
            SearchResponse<MatchDocument> response = es.search(s -> s.index(alias(kind)).from(from).size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> b.filter(filter)
                            .must(m -> m.multiMatch(mm -> mm.query(text).type(TextQueryType.BestFields)
                                    .tieBreaker(0.3).fields("title_seg^3", "keywords_seg^2", "text_seg"))))),
                    MatchDocument.class);
            List<Found> hits = new ArrayList<>();
            for (Hit<MatchDocument> hit : response.hits().hits()) {
                hits.add(new Found(hit.source(), hit.score() == null ? 0 : hit.score()));
            }
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            return new FoundPage(hits, total);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("search failed", e);
        }
    }

    private static void addTerm(List<Query> filter, String field, String value) {
        if (value != null && !value.isBlank()) {
            filter.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}

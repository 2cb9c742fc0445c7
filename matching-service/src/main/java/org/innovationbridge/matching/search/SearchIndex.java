package org.innovationbridge.matching.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.KnnSearch;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.innovationbridge.matching.config.MatchingConfig;
import org.innovationbridge.matching.config.TextAnalysisConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The Elasticsearch adapter: index lifecycle, versioned writes and queries. Nothing else talks to the cluster. */
@ApplicationScoped
public class SearchIndex {
    private static final ObjectMapper MAPPING_JSON = new ObjectMapper();
    /**
     * Bumped whenever the mapping changes; see {@link #ensureIndex}. Version 3 keeps embeddings in {@code _source}
     * (Elasticsearch 9 leaves them out by default), which the match lists, insights and rebuild read back.
     */
    public static final int MAPPING_VERSION = 3;

    private final ElasticsearchClient es;
    private final MatchingConfig config;

    private final TextAnalysis analysis;

    @Inject
    public SearchIndex(ElasticsearchClient es, MatchingConfig config, TextAnalysis analysis) {
        this.es = es;
        this.config = config;
        this.analysis = analysis;
    }

    /** With text analysed in this service, the default. */
    public SearchIndex(ElasticsearchClient es, MatchingConfig config) {
        this(es, config, new TextAnalysis(new ChineseSegmenter(), TextAnalysisConfig.Mode.SERVICE));
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

    /** Optional filters of a search; null means "any". {@code ids} keeps only these documents (an event's items). */
    public record Filters(String industryChain, String technicalField, String district, String maturity,
                          String cooperationMode, List<String> ids) {
        public static final Filters NONE = new Filters(null, null, null, null, null);

        public Filters(String industryChain, String technicalField, String district, String maturity,
                       String cooperationMode) {
            this(industryChain, technicalField, district, maturity, cooperationMode, null);
        }

        public Filters(String industryChain, String technicalField, String district) {
            this(industryChain, technicalField, district, null, null);
        }

        public static Filters onlyIds(List<String> ids) {
            return new Filters(null, null, null, null, null, List.copyOf(ids));
        }
    }

    public String alias(DocumentKind kind) {
        return config.search().indexPrefix().orElse("") + kind.alias;
    }

    void createMissingIndexes(@Observes StartupEvent start) {
        for (DocumentKind kind : DocumentKind.values()) {
            ensureIndex(kind);
        }
    }

    /**
     * Makes the kind's alias point at the index of the current {@link #MAPPING_VERSION}, creating that index when
     * it is missing. A new mapping version starts empty; the consumer group is named after the version, so the
     * new index is rebuilt from the (compacted) topics from their beginning.
     */
    public void ensureIndex(DocumentKind kind) {
        String alias = alias(kind);
        String index = versionedIndex(kind);
        try {
            if (aliasedIndexes(kind).stream().anyMatch(name -> name.startsWith(index))) {
                return; // already on this mapping version, possibly a rebuilt generation of it
            }
            if (!es.indices().exists(e -> e.index(index)).value()) {
                createIndex(index);
            }
            swapAlias(kind, index);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw new SearchUnavailableException("cannot create index for " + alias, e);
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot reach Elasticsearch", e);
        }
    }

    /** Creates an empty index with the current mapping. */
    public void createIndex(String index) throws IOException {
        ObjectNode body;
        try (InputStream mapping = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(analysis.mappingResource())) {
            body = (ObjectNode) MAPPING_JSON.readTree(mapping);
        }
        // one node locally; a cluster spreads and copies the index (ES_INDEX_SHARDS / ES_INDEX_REPLICAS)
        ObjectNode settings = (ObjectNode) body.get("settings");
        config.search().shards().ifPresent(shards -> settings.put("number_of_shards", shards));
        config.search().replicas().ifPresent(replicas -> settings.put("number_of_replicas", replicas));
        es.indices().create(c -> c.index(index).withJson(new StringReader(body.toString())));
    }

    /** Points the kind's alias at {@code index} alone, in one atomic step. */
    public void swapAlias(DocumentKind kind, String index) throws IOException {
        String alias = alias(kind);
        List<String> previous = aliasedIndexes(kind);
        es.indices().updateAliases(u -> {
            for (String old : previous) {
                u.actions(a -> a.remove(r -> r.index(old).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true)));
        });
    }

    public void deleteIndexes(List<String> names) throws IOException {
        if (!names.isEmpty()) {
            es.indices().delete(d -> d.index(names));
        }
    }

    /** The indexes the kind's alias points at (none before the first start). */
    public List<String> aliasedIndexes(DocumentKind kind) throws IOException {
        String alias = alias(kind);
        if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
            return List.of();
        }
        return List.copyOf(es.indices().getAlias(a -> a.name(alias)).aliases().keySet());
    }

    public String versionedIndex(DocumentKind kind) {
        return alias(kind) + "-" + generation();
    }

    /** Mapping version and analysis mode: what an index (and the consumer group filling it) was built for. */
    public String generation() {
        return (analysis.mode() == TextAnalysisConfig.Mode.SERVER ? "server-" : "") + "v" + MAPPING_VERSION;
    }

    /**
     * Writes documents with external versioning (the aggregate version), so a duplicate or an older event
     * never overwrites what the index holds. Throws when the cluster itself fails, so the caller can retry.
     */
    public List<Outcome> write(List<Write> writes) {
        return writeTo(writes, this::alias);
    }

    /** As {@link #write}, into the index (or alias) {@code target} names for each kind. */
    public List<Outcome> writeTo(List<Write> writes, Function<DocumentKind, String> target) {
        if (writes.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Write write : writes) {
            MatchDocument doc = write.document();
            bulk.operations(op -> op.index(i -> i.index(target.apply(write.kind())).id(doc.id())
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

    /** Up to {@code max} listed documents of one kind (with their embeddings), for whole-market analyses. */
    public List<MatchDocument> listed(DocumentKind kind, Filters filters, int max) {
        try {
            return es.search(s -> s.index(alias(kind)).size(max)
                            .query(q -> q.bool(b -> b.filter(filtersOf(filters))))
                            .sort(o -> o.field(f -> f.field("id"))), MatchDocument.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("listing failed", e);
        }
    }

    /** Listed documents of one kind per industry chain. */
    public Map<String, Long> countByChain(DocumentKind kind) {
        try {
            var response = es.search(s -> s.index(alias(kind)).size(0)
                    .query(q -> q.bool(b -> b.filter(filtersOf(Filters.NONE))))
                    .aggregations("chains", a -> a.terms(t -> t.field("industryChains").size(500))), Void.class);
            Map<String, Long> counts = new TreeMap<>();
            response.aggregations().get("chains").sterms().buckets().array()
                    .forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
            return counts;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("aggregation failed", e);
        }
    }

    /** Makes everything written so far visible to searches of both kinds. */
    public void refresh() {
        try {
            es.indices().refresh(r -> r.index(alias(DocumentKind.PROBLEM), alias(DocumentKind.RESULT)));
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("refresh failed", e);
        }
    }

    /** The documents of one kind with these ids (missing ones left out), by id, without their embeddings. */
    public Map<String, MatchDocument> getAll(DocumentKind kind, Collection<String> ids) {
        return lookup(alias(kind), ids, false);
    }

    /** As {@link #getAll}, from the index (or alias) {@code target} and with the embeddings. */
    public Map<String, MatchDocument> getAllWithVectors(String target, Collection<String> ids) {
        return lookup(target, ids, true);
    }

    private Map<String, MatchDocument> lookup(String target, Collection<String> ids, boolean withVectors) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, MatchDocument> found = new HashMap<>();
            es.mget(m -> {
                m.index(target).ids(List.copyOf(ids));
                return withVectors ? m : m.sourceExcludes("vector");
            }, MatchDocument.class).docs().forEach(doc -> {
                if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                    found.put(doc.result().id(), doc.result().source());
                }
            });
            return found;
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("lookup failed", e);
        }
    }

    public Optional<MatchDocument> get(DocumentKind kind, String id) {
        try {
            var response = es.get(g -> g.index(alias(kind)).id(id), MatchDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException("get failed", e);
        }
    }

    /** The two lexical views of the text: dictionary words (smartcn) and character grams. */
    public enum LexicalField {
        SEGMENTED("title_seg^3", "keywords_seg^2", "text_seg"), GRAMS("grams");

        final List<String> fields;

        LexicalField(String... fields) {
            this.fields = List.of(fields);
        }
    }

    /** BM25 over one lexical view: listed, not deleted documents of one kind, best first. */
    public FoundPage lexical(DocumentKind kind, LexicalField field, String text, Filters filters, int from, int size) {
        if (text == null || text.isBlank()) {
            return new FoundPage(List.of(), 0);
        }
        return run(kind, from, size, Query.of(q -> q.bool(b -> b.filter(filtersOf(filters))
                .must(m -> m.multiMatch(mm -> mm.query(text).type(TextQueryType.BestFields).tieBreaker(0.3)
                        .fields(field.fields))))), null);
    }

    /** kNN over the sentence embeddings: the {@code k} nearest listed, not deleted documents of one kind. */
    public FoundPage semantic(DocumentKind kind, float[] vector, Filters filters, int k) {
        if (vector == null) {
            return new FoundPage(List.of(), 0);
        }
        List<Float> query = new ArrayList<>(vector.length);
        for (float v : vector) {
            query.add(v);
        }
        return run(kind, 0, k, null, KnnSearch.of(knn -> knn
                .field("vector").queryVector(query).k(k).numCandidates(Math.max(100, 2 * k))
                .filter(filtersOf(filters))));
    }

    private FoundPage run(DocumentKind kind, int from, int size, Query query,
                          KnnSearch knn) {
        try {
            SearchResponse<MatchDocument> response = es.search(s -> {
                s.index(alias(kind)).from(from).size(size).trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.excludes("vector")));
                if (query != null) {
                    s.query(query);
                }
                if (knn != null) {
                    s.knn(knn);
                }
                return s;
            }, MatchDocument.class);
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

    private static List<Query> filtersOf(Filters filters) {
        List<Query> filter = new ArrayList<>();
        filter.add(Query.of(q -> q.term(t -> t.field("listed").value(true))));
        filter.add(Query.of(q -> q.term(t -> t.field("deleted").value(false))));
        addTerm(filter, "industryChains", filters.industryChain());
        addTerm(filter, "technicalFields", filters.technicalField());
        addTerm(filter, "district", filters.district());
        addTerm(filter, "maturity", filters.maturity());
        addTerm(filter, "cooperationModes", filters.cooperationMode());
        if (filters.ids() != null) {
            filter.add(Query.of(q -> q.ids(i -> i.values(filters.ids()))));
        }
        return filter;
    }

    private static void addTerm(List<Query> filter, String field, String value) {
        if (value != null && !value.isBlank()) {
            filter.add(Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }
}

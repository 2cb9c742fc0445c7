package org.innovationbridge.matching.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.innovationbridge.matching.eval.ShippedStrength;
import org.innovationbridge.matching.messaging.EventTranslator;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.MatchQuery;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Online match latency: one problem's best ten results out of N, through the shipped hybrid ranking, beside
 * the bare BM25 query a default setup would send, both against the same index in the same run.
 */
final class LatencyBenchmark {
    private static final int BULK = 1_000;
    private static final int SIZE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchIndex index;
    private final BenchIndexes indexes;
    private final RestClient rest;
    private final EventTranslator translator;
    private final QueryFactory queries;
    private final SyntheticCorpus corpus;
    private final HybridRanker ranker;

    LatencyBenchmark(SearchIndex index, BenchIndexes indexes, RestClient rest, EventTranslator translator,
                     QueryFactory queries, SyntheticCorpus corpus) {
        this.index = index;
        this.indexes = indexes;
        this.rest = rest;
        this.translator = translator;
        this.queries = queries;
        this.corpus = corpus;
        this.ranker = new HybridRanker(index, ShippedStrength.load());
    }

    record Corpus(long documents, double seconds, BenchIndexes.Shape shape, double meanCosine, SystemLoad load) {
    }

    /** The latency rows in the order printed; the mean size of the queries in words and character grams. */
    record Figures(int queries, int warmUp, List<Latencies> rows, double meanWords, double meanGrams,
                   Example example, SystemLoad load) {
    }

    /** What the first measured query found, so a reader can see the ranking works on this corpus. */
    record Example(String query, List<String> hybridTop, List<String> bareTop) {
    }

    /**
     * Indexes N generated results through the real translator and SearchIndex.write, in bulks of 1,000. The
     * next bulk is generated while the previous one is written, so the cluster, not the generator, sets the pace.
     */
    Corpus buildIndex(int n, TopicVectors vectors) throws Exception {
        indexes.recreate(index);
        SystemLoad load = SystemLoad.starting();
        long started = System.nanoTime();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> pending = null;
            List<SearchIndex.Write> batch = new ArrayList<>(BULK);
            for (int i = 0; i < n; i++) {
                SyntheticCorpus.Result result = corpus.result(SyntheticCorpus.Stream.RESULT, i);
                String event = ResultEvents.published(ResultEvents.idOf(SyntheticCorpus.Stream.RESULT, i), result);
                SearchIndex.Write write = translator.translate(event).write();
                MatchDocument doc = write.document().withVector(vectors.near(result.topic(), new SplittableRandom(i)));
                batch.add(new SearchIndex.Write(DocumentKind.RESULT, doc));
                if (batch.size() == BULK || i == n - 1) {
                    await(pending);
                    List<SearchIndex.Write> full = batch;
                    pending = writer.submit(() -> requireApplied(index.write(full)));
                    batch = new ArrayList<>(BULK);
                    Progress.show("indexing results", i + 1, n);
                }
            }
            await(pending);
        } finally {
            writer.shutdown();
        }
        indexes.refresh(index);
        double seconds = (System.nanoTime() - started) / 1e9;
        BenchIndexes.Shape shape = indexes.shape(index);
        if (shape.documents() != n) {
            throw new IllegalStateException("indexed " + n + " results but the index holds " + shape.documents());
        }
        return new Corpus(n, seconds, shape, vectors.meanCosine(), load.ended());
    }

    /**
     * Times building every query (segmentation and embedding), then answers each query six ways: the hybrid from
     * the text, the hybrid from the built query, each of the hybrid's three retrievers alone, and the bare query.
     * The order of the six rotates from query to query, so none of them always runs on caches the others warmed.
     */
    Figures measure(int queryCount, int warmUp) throws IOException {
        SystemLoad load = SystemLoad.starting();
        for (int i = 0; i < warmUp; i++) {
            String text = corpus.problem(SyntheticCorpus.Stream.WARM_UP, i);
            MatchQuery query = queries.fromText(text);
            rank(query);
            bare(query);
        }
        Latencies queryBuilding = new Latencies("  query building alone (segment + embed)");
        List<String> texts = new ArrayList<>(queryCount);
        List<MatchQuery> prepared = new ArrayList<>(queryCount);
        for (int i = 0; i < queryCount; i++) {
            String text = corpus.problem(SyntheticCorpus.Stream.QUERY, i);
            long t0 = System.nanoTime();
            prepared.add(queries.fromText(text));
            queryBuilding.add(System.nanoTime() - t0);
            texts.add(text);
        }
        int depth = RankingWeights.SHIPPED.depth();
        String[] bareResponses = new String[queryCount];
        List<Timed> timed = List.of(
                new Timed("hybrid, end to end (embeds the query)", i -> rank(queries.fromText(texts.get(i)))),
                new Timed("hybrid, query prebuilt (embedding excl.)", i -> rank(prepared.get(i))),
                new Timed("  its BM25 words retriever alone", i -> index.lexical(DocumentKind.RESULT,
                        SearchIndex.LexicalField.SEGMENTED, String.join(" ", prepared.get(i).words()),
                        SearchIndex.Filters.NONE, 0, depth)),
                new Timed("  its BM25 grams retriever alone", i -> index.lexical(DocumentKind.RESULT,
                        SearchIndex.LexicalField.GRAMS, prepared.get(i).grams(), SearchIndex.Filters.NONE, 0, depth)),
                new Timed("  its kNN retriever alone", i -> index.semantic(DocumentKind.RESULT,
                        prepared.get(i).vector(), SearchIndex.Filters.NONE, depth)),
                new Timed("bare BM25 multi_match, client round trip", i -> bareResponses[i] = bare(prepared.get(i))));
        for (int i = 0; i < queryCount; i++) {
            for (int step = 0; step < timed.size(); step++) {
                Timed variant = timed.get((i + step) % timed.size());
                long t0 = System.nanoTime();
                variant.query().answer(i);
                variant.latencies().add(System.nanoTime() - t0);
            }
        }
        Latencies bareTook = new Latencies("bare BM25 multi_match, ES 'took'");
        for (String response : bareResponses) {
            bareTook.addMillis(BareAnswer.of(response).tookMillis());
        }
        List<Latencies> rows = new ArrayList<>();
        timed.subList(0, 5).forEach(t -> rows.add(t.latencies()));
        rows.add(queryBuilding);
        rows.add(timed.get(5).latencies());
        rows.add(bareTook);
        Example example = new Example(texts.get(0), titles(rank(prepared.get(0))),
                BareAnswer.of(bare(prepared.get(0))).titles());
        double words = prepared.stream().mapToInt(q -> q.words().size()).average().orElse(0);
        double grams = prepared.stream().mapToInt(q -> q.grams().split(" ").length).average().orElse(0);
        return new Figures(queryCount, warmUp, rows, words, grams, example, load.ended());
    }

    /** One way of answering query {@code i}, with its timings. */
    private record Timed(Latencies latencies, Query query) {
        Timed(String name, Query query) {
            this(new Latencies(name), query);
        }
    }

    private interface Query {
        void answer(int i) throws IOException;
    }

    private List<HybridRanker.Ranked> rank(MatchQuery query) {
        return ranker.rank(DocumentKind.RESULT, query, SearchIndex.Filters.NONE, SIZE, RankingWeights.SHIPPED);
    }

    /** What the bare query's response says; read after the clock stopped. */
    private record BareAnswer(long tookMillis, List<String> titles) {
        static BareAnswer of(String response) throws IOException {
            JsonNode json = JSON.readTree(response);
            List<String> titles = new ArrayList<>();
            json.path("hits").path("hits").forEach(hit -> titles.add(hit.path("_source").path("title").asText()));
            return new BareAnswer(json.path("took").asLong(), titles);
        }
    }

    /**
     * The query a plain full-text setup sends: one multi_match over the segmented fields (the same fields, boosts
     * and words as the hybrid's word retriever), the top ten with their sources, vectors left out as the service
     * does. Sent with the low-level client and timed up to the body read, so no response mapping is in it.
     */
    private String bare(MatchQuery query) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("size", SIZE);
        body.putObject("_source").putArray("excludes").add("vector");
        ObjectNode multiMatch = body.putObject("query").putObject("multi_match")
                .put("query", String.join(" ", query.words())).put("type", "best_fields").put("tie_breaker", 0.3);
        multiMatch.putArray("fields").add("title_seg^3").add("keywords_seg^2").add("text_seg");
        Request request = new Request("POST", "/" + index.alias(DocumentKind.RESULT) + "/_search");
        request.setJsonEntity(body.toString());
        return EntityUtils.toString(rest.performRequest(request).getEntity());
    }

    private static List<String> titles(List<HybridRanker.Ranked> ranked) {
        return ranked.stream().map(r -> r.document().title()).toList();
    }

    private static List<SearchIndex.Outcome> requireApplied(List<SearchIndex.Outcome> outcomes) {
        for (SearchIndex.Outcome outcome : outcomes) {
            if (outcome.status() != SearchIndex.Status.APPLIED) {
                throw new IllegalStateException("write of " + outcome.write().document().id() + " was "
                        + outcome.status() + ": " + outcome.reason());
            }
        }
        return outcomes;
    }

    private static void await(Future<?> pending) throws InterruptedException, ExecutionException {
        if (pending != null) {
            pending.get();
        }
    }
}

package org.innovationbridge.matching.ranking;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;
import org.innovationbridge.matching.search.SearchUnavailableException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Hybrid ranking: BM25 over dictionary words, BM25 over character grams and kNN over sentence embeddings,
 * fused by weighted reciprocal rank (scores of different retrievers are not comparable, ranks are), plus small
 * bonuses for structured facts that agree. Every hit keeps what each part contributed.
 */
@ApplicationScoped
public class HybridRanker {
    private final SearchIndex index;
    private final MatchStrength strength;
    /**
     * A bounded pool: enough threads for the three retrievers of a few queries per core, a short queue, and past
     * that the asking thread runs the round trip itself, so a burst of requests slows down instead of starting
     * a thread for each.
     */
    private final ThreadPoolExecutor retrievers = boundedPool(3 * Runtime.getRuntime().availableProcessors() + 3);

    public HybridRanker(SearchIndex index, MatchStrength strength) {
        this.index = index;
        this.strength = strength;
    }

    public List<Ranked> rank(DocumentKind target, MatchQuery query, SearchIndex.Filters filters, int size,
                             RankingWeights weights) {
        // The retrievers are independent round trips to Elasticsearch: asked at once, a query costs the
        // slowest of them rather than their sum. Results are collected in a fixed order, so ties stay stable.
        Map<Retriever, Future<SearchIndex.FoundPage>> pages = new EnumMap<>(Retriever.class);
        if (weights.segmented() > 0) {
            pages.put(Retriever.SEGMENTED, retrievers.submit(() -> index.lexical(target,
                    SearchIndex.LexicalField.SEGMENTED, String.join(" ", query.words()), filters, 0, weights.depth())));
        }
        if (weights.grams() > 0) {
            pages.put(Retriever.GRAMS, retrievers.submit(() -> index.lexical(target, SearchIndex.LexicalField.GRAMS,
                    query.grams(), filters, 0, weights.depth())));
        }
        if (weights.semantic() > 0) {
            pages.put(Retriever.SEMANTIC, retrievers.submit(() -> index.semantic(target, query.vector(), filters,
                    weights.depth())));
        }
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Map.Entry<Retriever, Future<SearchIndex.FoundPage>> page : pages.entrySet()) {
            collect(candidates, page.getKey(), await(page.getValue()));
        }
        MatchedTerms terms = MatchedTerms.over(query, candidates.values().stream().map(c -> c.document).toList());
        List<Ranked> ranked = new ArrayList<>(candidates.size());
        for (Candidate c : candidates.values()) {
            ranked.add(fuse(c, query, terms, weights));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.document().id()));
        return ranked.size() > size ? ranked.subList(0, size) : ranked;
    }

    private static SearchIndex.FoundPage await(Future<SearchIndex.FoundPage> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("interrupted while waiting for Elasticsearch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SearchUnavailableException("Elasticsearch query failed", e.getCause());
        }
    }

    private static ThreadPoolExecutor boundedPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(64), task -> {
                    Thread thread = new Thread(task, "hybrid-retriever");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @PreDestroy
    void close() {
        retrievers.shutdownNow();
    }

    private static void collect(Map<String, Candidate> candidates, Retriever retriever, SearchIndex.FoundPage page) {
        int rank = 1;
        for (SearchIndex.Found found : page.hits()) {
            Candidate candidate = candidates.computeIfAbsent(found.document().id(), id -> new Candidate(found.document()));
            candidate.ranks.put(retriever, rank++);
            candidate.scores.put(retriever, found.score());
        }
    }

    private Ranked fuse(Candidate c, MatchQuery query, MatchedTerms terms, RankingWeights weights) {
        Explanation.Part segmented = part(c, Retriever.SEGMENTED, weights.segmented(), weights.rrfK());
        Explanation.Part grams = part(c, Retriever.GRAMS, weights.grams(), weights.rrfK());
        Explanation.Part semantic = part(c, Retriever.SEMANTIC, weights.semantic(), weights.rrfK());
        Explanation.Structure structure = StructureAgreement.between(query.facts(), c.document, weights);
        double score = segmented.contribution() + grams.contribution() + semantic.contribution()
                + structure.contribution();
        Double similarity = c.scores.containsKey(Retriever.SEMANTIC)
                ? 2 * c.scores.get(Retriever.SEMANTIC) - 1 // Elasticsearch reports cosine as (1 + cos) / 2
                : null;
        MatchedTerms.Found matched = terms.in(c.document);
        // the structure bonus is left out: the calibration set has no structured facts to fit it on
        double retrieved = segmented.contribution() + grams.contribution() + semantic.contribution();
        Strength level = strength.level(strength.probability(similarity, retrieved, matched.coverage()));
        return new Ranked(c.document, score, new Explanation(matched.top(), matched.coverage(), similarity, segmented,
                grams, semantic, structure, level));
    }

    private static Explanation.Part part(Candidate c, Retriever retriever, double weight, int k) {
        Integer rank = c.ranks.get(retriever);
        if (rank == null) {
            return new Explanation.Part(null, null, 0);
        }
        return new Explanation.Part(rank, c.scores.get(retriever), weight / (k + rank));
    }

    enum Retriever { SEGMENTED, GRAMS, SEMANTIC }

    private static final class Candidate {
        final MatchDocument document;
        final Map<Retriever, Integer> ranks = new LinkedHashMap<>();
        final Map<Retriever, Double> scores = new LinkedHashMap<>();

        Candidate(MatchDocument document) {
            this.document = document;
        }
    }

    /** One ranked document with its fused score and why it ranks there. */
    public record Ranked(MatchDocument document, double score, Explanation why) {
    }
}

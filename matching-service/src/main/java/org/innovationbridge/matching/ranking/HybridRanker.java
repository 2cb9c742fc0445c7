package org.innovationbridge.matching.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid ranking: BM25 over dictionary words, BM25 over character grams and kNN over sentence embeddings,
 * fused by weighted reciprocal rank (scores of different retrievers are not comparable, ranks are), plus small
 * bonuses for structured facts that agree. Every hit keeps what each part contributed.
 */
@ApplicationScoped
public class HybridRanker {
    private final SearchIndex index;

    public HybridRanker(SearchIndex index) {
        this.index = index;
    }

    public List<Ranked> rank(DocumentKind target, MatchQuery query, SearchIndex.Filters filters, int size,
                             RankingWeights weights) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        if (weights.segmented() > 0) {
            collect(candidates, Retriever.SEGMENTED, index.lexical(target, SearchIndex.LexicalField.SEGMENTED,
                    String.join(" ", query.words()), filters, 0, weights.depth()));
        }
        if (weights.grams() > 0) {
            collect(candidates, Retriever.GRAMS, index.lexical(target, SearchIndex.LexicalField.GRAMS,
                    query.grams(), filters, 0, weights.depth()));
        }
        if (weights.semantic() > 0) {
            collect(candidates, Retriever.SEMANTIC, index.semantic(target, query.vector(), filters, weights.depth()));
        }
        List<Ranked> ranked = new ArrayList<>(candidates.size());
        for (Candidate c : candidates.values()) {
            ranked.add(fuse(c, query, weights));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.document().id()));
        return ranked.size() > size ? ranked.subList(0, size) : ranked;
    }

    private static void collect(Map<String, Candidate> candidates, Retriever retriever, SearchIndex.FoundPage page) {
        int rank = 1;
        for (SearchIndex.Found found : page.hits()) {
            Candidate candidate = candidates.computeIfAbsent(found.document().id(), id -> new Candidate(found.document()));
            candidate.ranks.put(retriever, rank++);
            candidate.scores.put(retriever, found.score());
        }
    }

    private static Ranked fuse(Candidate c, MatchQuery query, RankingWeights weights) {
        Explanation.Part segmented = part(c, Retriever.SEGMENTED, weights.segmented(), weights.rrfK());
        Explanation.Part grams = part(c, Retriever.GRAMS, weights.grams(), weights.rrfK());
        Explanation.Part semantic = part(c, Retriever.SEMANTIC, weights.semantic(), weights.rrfK());
        Explanation.Structure structure = StructureAgreement.between(query.facts(), c.document, weights);
        double score = segmented.contribution() + grams.contribution() + semantic.contribution()
                + structure.contribution();
        Double similarity = c.scores.containsKey(Retriever.SEMANTIC)
                ? 2 * c.scores.get(Retriever.SEMANTIC) - 1 // Elasticsearch reports cosine as (1 + cos) / 2
                : null;
        List<String> matchedTerms = MatchedTerms.of(query.words(), c.document);
        return new Ranked(c.document, score,
                new Explanation(matchedTerms, similarity, segmented, grams, semantic, structure));
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

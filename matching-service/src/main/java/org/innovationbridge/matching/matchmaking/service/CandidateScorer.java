package org.innovationbridge.matching.matchmaking.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.matchmaking.domain.Participant;
import org.innovationbridge.matching.ranking.Explanation;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Scores enterprise × institution pairs of one event with the platform's {@link HybridRanker}: each participating
 * problem ranks the participating results only, and a pair scores as its best problem–result pair, whose
 * explanation becomes the meeting's reasons.
 */
@ApplicationScoped
public class CandidateScorer {
    private final HybridRanker ranker;
    private final QueryFactory queries;
    private final SearchIndex index;

    public CandidateScorer(HybridRanker ranker, QueryFactory queries, SearchIndex index) {
        this.ranker = ranker;
        this.queries = queries;
        this.index = index;
    }

    /** The best item pair of one enterprise–institution pair, with why. */
    public record Scored(UUID enterprise, UUID institution, String problemId, String resultId, double score,
                         List<String> reasons) {
    }

    public record Key(UUID enterprise, UUID institution) {
    }

    public Map<Key, Scored> score(List<Participant> enterprises, List<Participant> institutions) {
        Map<String, Participant> resultOwner = new HashMap<>();
        for (Participant institution : institutions) {
            institution.itemIds.forEach(id -> resultOwner.put(id, institution));
        }
        Map<Key, Scored> best = new HashMap<>();
        if (resultOwner.isEmpty()) {
            return best;
        }
        SearchIndex.Filters among = SearchIndex.Filters.onlyIds(new ArrayList<>(resultOwner.keySet()));
        for (Participant enterprise : enterprises) {
            for (String problemId : enterprise.itemIds) {
                MatchDocument problem = index.get(DocumentKind.PROBLEM, problemId).filter(doc -> !doc.deleted())
                        .orElse(null);
                if (problem == null) {
                    continue; // withdrawn since registration: nothing left to rank it by
                }
                List<HybridRanker.Ranked> ranked = ranker.rank(DocumentKind.RESULT, queries.fromDocument(problem), among,
                        resultOwner.size(), RankingWeights.SHIPPED);
                for (HybridRanker.Ranked hit : ranked) {
                    Participant institution = resultOwner.get(hit.document().id());
                    Key key = new Key(enterprise.id, institution.id);
                    Scored current = best.get(key);
                    if (current == null || hit.score() > current.score()) {
                        best.put(key, new Scored(enterprise.id, institution.id, problemId, hit.document().id(),
                                hit.score(), reasons(enterprise.titleOf(problemId), hit)));
                    }
                }
            }
        }
        return best;
    }

    /** The ranker's explanation in words an organiser reads on the pairing list. */
    private static List<String> reasons(String problemTitle, HybridRanker.Ranked hit) {
        Explanation why = hit.why();
        List<String> reasons = new ArrayList<>();
        reasons.add("技术难题「" + problemTitle + "」↔ 科技成果「" + hit.document().title() + "」");
        if (!why.matchedTerms().isEmpty()) {
            reasons.add("共同关键词：" + String.join("、", why.matchedTerms()));
        }
        if (why.similarity() != null) {
            reasons.add(String.format(Locale.ROOT, "语义相似度 %.2f", why.similarity()));
        }
        if (!why.structure().agreed().isEmpty()) {
            reasons.add("一致的结构化信息：" + String.join("、", why.structure().agreed()));
        }
        return reasons;
    }
}

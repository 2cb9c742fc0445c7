package org.innovationbridge.matching.insight;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.ranking.HybridRanker;
import org.innovationbridge.matching.ranking.QueryFactory;
import org.innovationbridge.matching.ranking.RankingWeights;
import org.innovationbridge.matching.ranking.Strength;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Market views over the indexes: common needs of a chain, and supply against demand per chain. */
@ApplicationScoped
public class InsightService {
    /** The analyses read at most this many documents of a kind; beyond it they say so. */
    static final int MAX_DOCUMENTS = 5_000;

    /** How many counterparts of a problem are read to see whether any is strong. */
    private static final int STRENGTH_DEPTH = 10;

    private final SearchIndex index;
    private final ChineseSegmenter segmenter;
    private final HybridRanker ranker;
    private final QueryFactory queries;

    public InsightService(SearchIndex index, ChineseSegmenter segmenter, HybridRanker ranker, QueryFactory queries) {
        this.index = index;
        this.segmenter = segmenter;
        this.ranker = ranker;
        this.queries = queries;
    }

    public record CommonNeedsReport(String chain, int problemsRead, boolean truncated, List<CommonNeeds.Need> needs) {
    }

    /** A problem with no strong match: the strongest level any result reaches (null: no result at all). */
    public record Unmatched(String id, String title, Strength bestStrength, Double bestSimilarity) {
    }

    public record ChainBalance(String chain, long problems, long results, List<Unmatched> unmatchedProblems) {
    }

    public CommonNeedsReport commonNeeds(String chain, double threshold, int minEnterprises) {
        List<MatchDocument> problems = index.listed(DocumentKind.PROBLEM,
                new SearchIndex.Filters(chain, null, null), MAX_DOCUMENTS);
        return new CommonNeedsReport(chain, problems.size(), problems.size() == MAX_DOCUMENTS,
                CommonNeeds.group(problems, threshold, minEnterprises, segmenter));
    }

    /**
     * Per chain: listed problems and results, and the gap: problems that no result matches strongly, by the same
     * calibrated strength the match page and match.found use.
     */
    public List<ChainBalance> supplyAndDemand() {
        Map<String, Long> problems = index.countByChain(DocumentKind.PROBLEM);
        Map<String, Long> results = index.countByChain(DocumentKind.RESULT);
        TreeSet<String> chains = new TreeSet<>(problems.keySet());
        chains.addAll(results.keySet());
        List<ChainBalance> balance = new ArrayList<>();
        for (String chain : chains) {
            List<Unmatched> unmatched = new ArrayList<>();
            for (MatchDocument problem : index.listed(DocumentKind.PROBLEM, new SearchIndex.Filters(chain, null, null),
                    MAX_DOCUMENTS)) {
                List<HybridRanker.Ranked> best = ranker.rank(DocumentKind.RESULT, queries.fromDocument(problem),
                        SearchIndex.Filters.NONE, STRENGTH_DEPTH, RankingWeights.SHIPPED);
                Strength strongest = best.stream().map(r -> r.why().strength()).min(Comparator.naturalOrder()).orElse(null);
                if (strongest != Strength.STRONG) {
                    unmatched.add(new Unmatched(problem.id(), problem.title(), strongest,
                            best.stream().map(r -> r.why().similarity()).filter(Objects::nonNull)
                                    .max(Comparator.naturalOrder()).orElse(null)));
                }
            }
            balance.add(new ChainBalance(chain, problems.getOrDefault(chain, 0L), results.getOrDefault(chain, 0L),
                    unmatched));
        }
        return balance;
    }
}

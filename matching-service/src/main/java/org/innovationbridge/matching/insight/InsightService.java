package org.innovationbridge.matching.insight;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.SearchIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Market views over the indexes: common needs of a chain, and supply against demand per chain. */
@ApplicationScoped
public class InsightService {
    /** The analyses read at most this many documents of a kind; beyond it they say so. */
    static final int MAX_DOCUMENTS = 5_000;

    private final SearchIndex index;
    private final ChineseSegmenter segmenter;

    public InsightService(SearchIndex index, ChineseSegmenter segmenter) {
        this.index = index;
        this.segmenter = segmenter;
    }

    public record CommonNeedsReport(String chain, int problemsRead, boolean truncated, List<CommonNeeds.Need> needs) {
    }

    public record Unmatched(String id, String title, Double bestSimilarity) {
    }

    public record ChainBalance(String chain, long problems, long results, List<Unmatched> unmatchedProblems) {
    }

    public CommonNeedsReport commonNeeds(String chain, double threshold, int minEnterprises) {
        List<MatchDocument> problems = index.listed(DocumentKind.PROBLEM,
                new SearchIndex.Filters(chain, null, null), MAX_DOCUMENTS);
        return new CommonNeedsReport(chain, problems.size(), problems.size() == MAX_DOCUMENTS,
                CommonNeeds.group(problems, threshold, minEnterprises, segmenter));
    }

    /** Per chain: listed problems and results, and the problems whose closest result is less similar than asked. */
    public List<ChainBalance> supplyAndDemand(double unmatchedBelow) {
        Map<String, Long> problems = index.countByChain(DocumentKind.PROBLEM);
        Map<String, Long> results = index.countByChain(DocumentKind.RESULT);
        TreeSet<String> chains = new TreeSet<>(problems.keySet());
        chains.addAll(results.keySet());
        List<ChainBalance> balance = new ArrayList<>();
        for (String chain : chains) {
            List<Unmatched> unmatched = new ArrayList<>();
            for (MatchDocument problem : index.listed(DocumentKind.PROBLEM, new SearchIndex.Filters(chain, null, null),
                    MAX_DOCUMENTS)) {
                Double best = bestResultSimilarity(problem);
                if (best == null || best < unmatchedBelow) {
                    unmatched.add(new Unmatched(problem.id(), problem.title(), best));
                }
            }
            balance.add(new ChainBalance(chain, problems.getOrDefault(chain, 0L), results.getOrDefault(chain, 0L),
                    unmatched));
        }
        return balance;
    }

    private Double bestResultSimilarity(MatchDocument problem) {
        var nearest = index.semantic(DocumentKind.RESULT, problem.vector(), SearchIndex.Filters.NONE, 1).hits();
        return nearest.isEmpty() ? null : 2 * nearest.get(0).score() - 1; // Elasticsearch reports (1 + cos) / 2
    }
}

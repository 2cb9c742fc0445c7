package org.innovationbridge.matching.ranking;

import org.innovationbridge.matching.search.MatchDocument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query's meaningful words found in a document's title, keywords or text, the ones that weigh most first.
 * Read from the raw text, so it holds whether the words were segmented here or by the cluster.
 * <p>
 * A word weighs what BM25 would give it with the field boosts of the word query (title 3, keywords 2, text 1),
 * its rarity measured over the candidates of this one query: a word every candidate shares explains nothing
 * about why this one ranks, a word only a few share does. Asking Elasticsearch for index-wide statistics would
 * cost a round trip per query for a difference a reader does not see.
 */
final class MatchedTerms {
    /** A reader takes in a handful of words; the rest add nothing to the explanation. */
    static final int SHOWN = 5;
    private static final double TITLE = 3;
    private static final double KEYWORDS = 2;
    private static final double K1 = 1.2;

    private final String queryText;
    private final Map<String, Double> rarity = new LinkedHashMap<>();
    private final double queryWeight;

    private MatchedTerms(String queryText, List<String> words, Collection<MatchDocument> pool) {
        this.queryText = queryText;
        List<String> texts = pool.stream().map(MatchedTerms::textOf).toList();
        double weight = 0;
        for (String word : TermFilter.withCompounds(words).stream().filter(TermFilter::meaningful).distinct().toList()) {
            long containing = texts.stream().filter(text -> text.contains(word)).count();
            double idf = Math.log(1 + (texts.size() - containing + 0.5) / (containing + 0.5));
            rarity.put(word, idf);
            if (TermFilter.standsAlone(word, queryText, List.of())) {
                weight += idf;
            }
        }
        this.queryWeight = weight;
    }

    /** Rarity over the candidates of one query, read once for all of them. */
    static MatchedTerms over(MatchQuery query, Collection<MatchDocument> pool) {
        return new MatchedTerms(query.text(), query.words(), pool);
    }

    /** What one document shares with the query: its weightiest words, and the weighted share of the query's words. */
    Found in(MatchDocument doc) {
        String title = lower(doc.title());
        String keywords = doc.keywords() == null ? "" : lower(String.join(" ", doc.keywords()));
        String text = lower(doc.text());
        Map<String, Double> weights = new LinkedHashMap<>();
        double shared = 0;
        for (Map.Entry<String, Double> entry : rarity.entrySet()) {
            String word = entry.getKey();
            if (!TermFilter.standsAlone(word, queryText, doc.keywords())) {
                continue;
            }
            double tf = occurrences(text, word);
            double fields = (title.contains(word) ? TITLE : 0) + (keywords.contains(word) ? KEYWORDS : 0) + tf / (tf + K1);
            if (fields > 0) {
                weights.put(word, entry.getValue() * fields);
                if (TermFilter.standsAlone(word, queryText, List.of())) {
                    shared += entry.getValue();
                }
            }
        }
        List<String> top = new ArrayList<>(weights.keySet());
        // stable: equal weights keep the query's order
        top.sort(Comparator.comparingDouble((String word) -> weights.get(word)).reversed());
        return new Found(List.copyOf(top.subList(0, Math.min(SHOWN, top.size()))),
                queryWeight == 0 ? 0 : shared / queryWeight);
    }

    /** The shown words, and the share (0–1) of the query's meaningful words, weighted by rarity, the document has. */
    record Found(List<String> top, double coverage) {
    }

    private static String textOf(MatchDocument doc) {
        return String.join("\n", lower(doc.title()),
                doc.keywords() == null ? "" : lower(String.join(" ", doc.keywords())), lower(doc.text()));
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }
}

package org.innovationbridge.matching.ranking;

import org.innovationbridge.matching.search.MatchDocument;

import java.util.List;

/**
 * The query's words that occur in a document's title, keywords or text. Read from the raw text, so it holds
 * whether the words were segmented here or by the cluster.
 */
final class MatchedTerms {
    private MatchedTerms() {
    }

    static List<String> of(List<String> queryWords, MatchDocument doc) {
        String text = String.join("\n", doc.title() == null ? "" : doc.title(),
                doc.keywords() == null ? "" : String.join(" ", doc.keywords()), doc.text() == null ? "" : doc.text())
                .toLowerCase();
        return queryWords.stream().filter(word -> !word.isBlank() && text.contains(word)).distinct().toList();
    }
}

package org.innovationbridge.matching.ranking;

import org.innovationbridge.matching.search.MatchDocument;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The query's words that occur in a document's segmented title, keywords or text. */
final class MatchedTerms {
    private MatchedTerms() {
    }

    static List<String> of(List<String> queryWords, MatchDocument doc) {
        Set<String> words = new HashSet<>();
        for (String field : new String[]{doc.titleSeg(), doc.keywordsSeg(), doc.textSeg()}) {
            if (field != null && !field.isBlank()) {
                words.addAll(Arrays.asList(field.split(" ")));
            }
        }
        return queryWords.stream().filter(words::contains).distinct().toList();
    }
}

package org.innovationbridge.matching.ranking;

import java.util.List;

/** A query in every form the retrievers read: dictionary words, character grams, embedding, structured facts. */
public record MatchQuery(String text, List<String> words, String grams, float[] vector, Facts facts) {

    /** What is known about the asking side; all parts optional (a free-text search has none). */
    public record Facts(List<String> industryChains, List<String> technicalFields, List<String> cooperationModes,
                        String maturity, String district) {
        public static final Facts NONE = new Facts(List.of(), List.of(), List.of(), null, null);
    }
}

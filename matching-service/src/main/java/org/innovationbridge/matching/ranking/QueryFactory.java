package org.innovationbridge.matching.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.innovationbridge.matching.config.TextAnalysisConfig;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.Embedder;
import org.innovationbridge.matching.search.MatchDocument;
import org.innovationbridge.matching.search.TextAnalysis;

import java.util.List;

/** Builds match queries from free text, or from an indexed problem or result (to find its counterparts). */
@ApplicationScoped
public class QueryFactory {
    private final ChineseSegmenter segmenter;
    private final Embedder embedder;
    private final TextAnalysis analysis;

    @Inject
    public QueryFactory(ChineseSegmenter segmenter, Embedder embedder, TextAnalysis analysis) {
        this.segmenter = segmenter;
        this.embedder = embedder;
        this.analysis = analysis;
    }

    /** With text analysed in this service, the default. */
    public QueryFactory(ChineseSegmenter segmenter, Embedder embedder) {
        this(segmenter, embedder, new TextAnalysis(segmenter, TextAnalysisConfig.Mode.SERVICE));
    }

    public MatchQuery fromText(String text) {
        return new MatchQuery(text, distinct(segmenter.tokens(text)), analysis.grams(text), embedder.query(text),
                MatchQuery.Facts.NONE);
    }

    /** The document's own text as the query, and its structured facts for the structure bonus. */
    public MatchQuery fromDocument(MatchDocument doc) {
        String text = doc.meaningText();
        MatchQuery.Facts facts = new MatchQuery.Facts(orEmpty(doc.industryChains()), orEmpty(doc.technicalFields()),
                orEmpty(doc.cooperationModes()), doc.maturity(), doc.district());
        float[] vector = doc.vector() != null ? doc.vector() : embedder.query(text);
        return new MatchQuery(text, distinct(segmenter.tokens(text)), analysis.grams(text), vector, facts);
    }

    private static List<String> distinct(List<String> words) {
        return words.stream().distinct().toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}

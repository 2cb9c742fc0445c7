package org.innovationbridge.matching.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.innovationbridge.matching.config.TextAnalysisConfig;

/**
 * What goes into the lexical fields and queries. In SERVICE mode the text is segmented here (words, and
 * character grams); in SERVER mode the raw text is sent and the cluster's smartcn / cjk analyzers do the work.
 */
@ApplicationScoped
public class TextAnalysis {
    private final ChineseSegmenter segmenter;
    private final TextAnalysisConfig.Mode mode;

    @Inject
    public TextAnalysis(ChineseSegmenter segmenter, TextAnalysisConfig config) {
        this(segmenter, config.mode());
    }

    public TextAnalysis(ChineseSegmenter segmenter, TextAnalysisConfig.Mode mode) {
        this.segmenter = segmenter;
        this.mode = mode;
    }

    public TextAnalysisConfig.Mode mode() {
        return mode;
    }

    /** The value of a {@code *_seg} field, or of the word query. */
    public String words(String text) {
        return mode == TextAnalysisConfig.Mode.SERVICE ? segmenter.segment(text) : text;
    }

    /** The value of the {@code grams} field, or of the gram query. */
    public String grams(String text) {
        return mode == TextAnalysisConfig.Mode.SERVICE ? segmenter.grams(text) : text;
    }

    /** The mapping that goes with the mode. */
    String mappingResource() {
        return mode == TextAnalysisConfig.Mode.SERVICE
                ? "search/match-document.json" : "search/match-document-server-analysis.json";
    }
}

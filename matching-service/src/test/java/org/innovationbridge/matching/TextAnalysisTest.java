package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.innovationbridge.matching.config.TextAnalysisConfig;
import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.TextAnalysis;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two places Chinese can be analysed. The embedded cluster here has no smartcn plugin, so SERVER mode is
 * checked for what it sends and which mapping it asks for, not run against a cluster.
 */
class TextAnalysisTest {
    private static final String TEXT = "固态储氢材料制备技术及伺服直驱数控螺旋压力机";
    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    @Test
    void serviceModeSegmentsHereIntoWordsAndGrams() {
        TextAnalysis analysis = new TextAnalysis(segmenter, TextAnalysisConfig.Mode.SERVICE);
        assertThat(analysis.words(TEXT).split(" ")).contains("固态", "材料", "压力机");
        assertThat(analysis.grams("储氢材料").split(" ")).containsExactly("储", "氢", "储氢", "材", "氢材", "料", "材料");
        assertThat(analysis.grams("TRL 6级 High-Entropy")).isEqualTo("trl 6 级 high entropy");
    }

    @Test
    void serverModeSendsRawTextToFieldsTheClusterAnalysesWithSmartcnAndCjk() throws Exception {
        TextAnalysis analysis = new TextAnalysis(segmenter, TextAnalysisConfig.Mode.SERVER);
        assertThat(analysis.words(TEXT)).isEqualTo(TEXT);
        assertThat(analysis.grams(TEXT)).isEqualTo(TEXT);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("search/match-document-server-analysis.json")) {
            JsonNode properties = new ObjectMapper().readTree(in).path("mappings").path("properties");
            assertThat(properties.path("text_seg").path("analyzer").asText()).isEqualTo("smartcn");
            assertThat(properties.path("title_seg").path("analyzer").asText()).isEqualTo("smartcn");
            assertThat(properties.path("grams").path("analyzer").asText()).isEqualTo("cjk");
            assertThat(properties.path("vector").path("dims").asInt()).isEqualTo(512);
        }
    }
}

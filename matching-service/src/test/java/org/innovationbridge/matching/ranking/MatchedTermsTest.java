package org.innovationbridge.matching.ranking;

import org.innovationbridge.matching.search.ChineseSegmenter;
import org.innovationbridge.matching.search.MatchDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Matched terms as a reader sees them: words that carry meaning, the weightiest first, at most a handful. */
class MatchedTermsTest {
    private static final ChineseSegmenter SEGMENTER = new ChineseSegmenter();

    private static final MatchDocument STORAGE = result("高容量镁基固态储氢合金的制备",
            "通过添加稀土催化剂进行改性，一种室温可逆吸放氢的镁基储氢合金，相关指标在3000次以上循环后保持。",
            List.of("固态储氢", "镁基合金"));
    private static final MatchDocument PRESS = result("伺服直驱数控螺旋压力机",
            "一种伺服电机直接驱动的螺旋压力机，能耗低，相关技术已在锻压企业应用。", List.of("压力机", "伺服"));
    private static final MatchDocument FERMENTATION = result("维生素C二步发酵菌株选育",
            "古龙酸高产菌株的选育与发酵过程控制，进行了中试放大。", List.of("维生素C", "发酵"));

    @Test
    void stopwordsFillerAndStrayCharactersAreNeverShown() {
        MatchQuery query = query("固态储氢材料的低成本规模化制备，需要一种能在室温下进行可逆吸放氢的镁基合金，相关指标在以上水平");
        MatchedTerms terms = MatchedTerms.over(query, List.of(STORAGE, PRESS, FERMENTATION));

        for (MatchDocument doc : List.of(STORAGE, PRESS, FERMENTATION)) {
            assertThat(terms.in(doc).top())
                    .allSatisfy(word -> assertThat(word.codePointCount(0, word.length())).isGreaterThan(1))
                    .doesNotContain("的", "一种", "进行", "相关", "以上", "能", "在", "，");
        }
        assertThat(terms.in(STORAGE).top()).contains("储氢", "室温", "合金").hasSizeLessThanOrEqualTo(MatchedTerms.SHOWN);
        assertThat(terms.in(PRESS).top()).isEmpty();
        assertThat(terms.in(FERMENTATION).top()).isEmpty();
    }

    @Test
    void theWordsThatWeighMostComeFirstAndOnlyAFewAreShown() {
        MatchQuery query = query("镁基储氢合金 室温 吸放氢 循环寿命 稀土 催化剂 改性 固态 容量 制备");
        MatchedTerms terms = MatchedTerms.over(query, List.of(STORAGE, PRESS, FERMENTATION));

        List<String> top = terms.in(STORAGE).top();
        assertThat(top).hasSize(MatchedTerms.SHOWN);
        // 储氢 is in the title, the keywords and the text; 稀土 only once in the text
        assertThat(top.indexOf("储氢")).isLessThan(top.contains("稀土") ? top.indexOf("稀土") : Integer.MAX_VALUE);
        assertThat(top.get(0)).isIn("储氢", "合金", "固态", "容量", "制备");
    }

    @Test
    void coverageIsTheWeightedShareOfTheQuerysMeaningfulWords() {
        MatchQuery query = query("螺旋压力机的伺服直驱");
        MatchedTerms terms = MatchedTerms.over(query, List.of(STORAGE, PRESS, FERMENTATION));

        assertThat(terms.in(PRESS).coverage()).isCloseTo(1.0, within(1e-9));
        assertThat(terms.in(FERMENTATION).coverage()).isZero();
        assertThat(terms.in(PRESS).top()).contains("螺旋", "压力机", "伺服");
    }

    @Test
    void aSingleCharacterCountsWhenItIsTheWholeQueryOrAKeywordOnItsOwn() {
        MatchDocument aluminium = result("再生铝熔炼除杂", "废铝回收熔炼中的除杂工艺。", List.of("铝", "熔炼"));
        MatchDocument other = result("铝合金压铸件", "汽车用铝合金压铸。", List.of("压铸"));

        assertThat(MatchedTerms.over(query("铝"), List.of(aluminium, other)).in(other).top()).containsExactly("铝");
        MatchedTerms inSentence = MatchedTerms.over(query("铝的熔炼"), List.of(aluminium, other));
        assertThat(inSentence.in(aluminium).top()).contains("铝", "熔炼");
        assertThat(inSentence.in(other).top()).doesNotContain("铝");
    }

    @Test
    void fillerAndStopwordsAreNotMeaningfulButDomainWordsAre() {
        assertThat(TermFilter.meaningful("一种")).isFalse();
        assertThat(TermFilter.meaningful("进行")).isFalse();
        assertThat(TermFilter.meaningful("，")).isFalse();
        assertThat(TermFilter.meaningful("3000")).isFalse();
        assertThat(TermFilter.meaningful("储氢")).isTrue();
        assertThat(TermFilter.meaningful("mems")).isTrue();
    }

    private static MatchQuery query(String text) {
        return new MatchQuery(text, SEGMENTER.tokens(text).stream().distinct().toList(), SEGMENTER.grams(text), null,
                MatchQuery.Facts.NONE);
    }

    private static MatchDocument result(String title, String text, List<String> keywords) {
        return new MatchDocument(title, "RESULT", title, null, text, null, keywords, null, null, null, List.of(),
                List.of(), List.of(), null, null, null, null, false, "PUBLISHED", true, false, 1, null);
    }
}

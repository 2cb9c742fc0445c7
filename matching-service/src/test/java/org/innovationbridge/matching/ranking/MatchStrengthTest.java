package org.innovationbridge.matching.ranking;

import org.innovationbridge.matching.eval.ShippedStrength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped calibration read on evidence a person can judge. */
class MatchStrengthTest {
    private static final MatchStrength SHIPPED = ShippedStrength.load();
    /** First in all three retrievers at rrfK 60. */
    private static final double TOP_OF_ALL = 3.0 / 61;

    @Test
    void firstEverywhereWithCloseMeaningAndSharedWordsIsStrong() {
        assertThat(SHIPPED.level(SHIPPED.probability(0.85, TOP_OF_ALL, 0.6))).isEqualTo(Strength.STRONG);
    }

    @Test
    void firstEverywhereInASmallIndexIsNotEnoughWhenMeaningAndWordsDisagree() {
        // an unrelated result tops a tiny index: ranks say first, the evidence says otherwise
        assertThat(SHIPPED.level(SHIPPED.probability(0.45, TOP_OF_ALL, 0.0))).isNotEqualTo(Strength.STRONG);
        assertThat(SHIPPED.level(SHIPPED.probability(null, 1.0 / 61, 0.1))).isEqualTo(Strength.WEAK);
    }

    @Test
    void moreEvidenceNeverLowersTheProbability() {
        assertThat(SHIPPED.probability(0.8, 0.04, 0.5)).isGreaterThan(SHIPPED.probability(0.6, 0.04, 0.5));
        assertThat(SHIPPED.probability(0.7, 0.04, 0.8)).isGreaterThan(SHIPPED.probability(0.7, 0.04, 0.2));
        assertThat(SHIPPED.probability(0.7, 0.045, 0.5)).isGreaterThan(SHIPPED.probability(0.7, 0.03, 0.5));
    }

    @Test
    void levelsFollowTheThresholds() {
        MatchStrength model = new MatchStrength(0, 0, 0, 0, 0, 0.6, 0.3);
        assertThat(model.level(0.6)).isEqualTo(Strength.STRONG);
        assertThat(model.level(0.59)).isEqualTo(Strength.MEDIUM);
        assertThat(model.level(0.3)).isEqualTo(Strength.MEDIUM);
        assertThat(model.level(0.29)).isEqualTo(Strength.WEAK);
        assertThat(Strength.STRONG.atLeast(Strength.MEDIUM)).isTrue();
        assertThat(Strength.WEAK.atLeast(Strength.MEDIUM)).isFalse();
        assertThatThrownBy(() -> new MatchStrength(0, 0, 0, 0, 0, 0.2, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediumFrom");
    }
}

package org.innovationbridge.kit.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {
    /** A code as printed on a business licence, check character included (GB 32100-2015 worked example). */
    private static final String PUBLISHED = "91350100M000100Y43";

    @Test
    void aPublishedCodeIsValid() {
        assertThat(CreditCode.problemWith(PUBLISHED)).isEmpty();
        assertThat(CreditCode.checkCharacter(PUBLISHED.substring(0, 17))).isEqualTo('3');
    }

    @Test
    void eachKindOfMistakeIsNamed() {
        assertThat(CreditCode.problemWith(null)).contains("must be 18 characters");
        assertThat(CreditCode.problemWith("9135010")).contains("must be 18 characters");
        assertThat(CreditCode.problemWith("91350100M000100YI3")).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("character 17 'I' is not allowed"));
        assertThat(CreditCode.problemWith("9135A100M000100Y43")).contains(
                "characters 3-8 must be digits (administrative division code)");
        assertThat(CreditCode.problemWith("91350100M000100Y44")).contains("check character is '4' but should be '3'");
    }

    @Test
    void randomCodesAreValidAndKeepTheirPrefix() {
        for (int i = 0; i < 200; i++) {
            String code = CreditCode.random("91350121");
            assertThat(code).hasSize(18).startsWith("91350121");
            assertThat(CreditCode.problemWith(code)).as(code).isEmpty();
        }
    }
}

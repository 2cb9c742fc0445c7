package org.innovationbridge.research;

import org.innovationbridge.research.service.PatentNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The patent number rules on their own: no application needed. */
class PatentNumberTest {
    @Test
    void applicationNumbersAreCheckedWithOrWithoutZl() {
        assertThat(PatentNumber.problemWith("ZL202110123456.7")).isEmpty();
        assertThat(PatentNumber.problemWith("202110123456.7")).isEmpty();
        assertThat(PatentNumber.problemWith("202110123456.8")).contains("check digit of '202110123456.8' is '8' but should be '7'");
    }

    @Test
    void aRemainderOfTenIsWrittenX() {
        assertThat(PatentNumber.checkCharacter("202210000003")).isEqualTo('X');
        assertThat(PatentNumber.problemWith("ZL202210000003.X")).isEmpty();
        assertThat(PatentNumber.problemWith(PatentNumber.normalise(" zl202210000003.x "))).isEmpty();
        assertThat(PatentNumber.problemWith("ZL202210000003.0")).isPresent();
    }

    @Test
    void publicationNumbersNeedNineDigitsAndAKindCode() {
        assertThat(PatentNumber.problemWith("CN112345678A")).isEmpty();
        assertThat(PatentNumber.problemWith("CN112345678B")).isEmpty();
        assertThat(PatentNumber.problemWith("CN212345678U")).isEmpty();
        assertThat(PatentNumber.problemWith("CN11234567A")).isPresent();
        assertThat(PatentNumber.problemWith("CN112345678Q")).isPresent();
    }

    @Test
    void otherShapesAreRefused() {
        assertThat(PatentNumber.problemWith("ZL20211012345.7")).isPresent();
        assertThat(PatentNumber.problemWith("ZL2021101234567")).isPresent();
        assertThat(PatentNumber.problemWith("US10123456B2")).isPresent();
        assertThat(PatentNumber.problemWith("")).isPresent();
    }
}

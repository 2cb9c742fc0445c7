package org.innovationbridge.kit.http;

import org.innovationbridge.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VersionsTest {
    @Test
    void readsStrongAndWeakEtags() {
        assertThat(Versions.fromIfMatch("\"7\"")).isEqualTo(7L);
        assertThat(Versions.fromIfMatch("W/\"12\"")).isEqualTo(12L);
        assertThat(Versions.etag(7).getValue()).isEqualTo("7");
    }

    @Test
    void aRequiredIfMatchThatIsMissingIsPreconditionRequired() {
        assertThat(catchThrowableOfType(Versions.IfMatchRefused.class, () -> Versions.fromIfMatch(" ")).type)
                .isEqualTo(ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void anOptionalIfMatchMayBeAbsentOrAStar() {
        assertThat(Versions.fromOptionalIfMatch(null)).isNull();
        assertThat(Versions.fromOptionalIfMatch("*")).isNull();
        assertThat(Versions.fromOptionalIfMatch("\"3\"")).isEqualTo(3L);
    }

    @Test
    void anEtagThisApiNeverGaveIsPreconditionFailed() {
        assertThat(catchThrowableOfType(Versions.IfMatchRefused.class, () -> Versions.fromIfMatch("\"abc\"")).type)
                .isEqualTo(ProblemType.PRECONDITION_FAILED);
        assertThat(catchThrowableOfType(Versions.IfMatchRefused.class, () -> Versions.fromOptionalIfMatch("x")).type)
                .isEqualTo(ProblemType.PRECONDITION_FAILED);
    }
}

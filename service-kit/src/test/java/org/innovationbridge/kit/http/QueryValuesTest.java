package org.innovationbridge.kit.http;

import org.innovationbridge.kit.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryValuesTest {
    enum Status { DRAFT, PUBLISHED }

    @Test
    void absentValuesAreNullAndGoodOnesAreParsed() {
        UUID id = UUID.randomUUID();
        assertThat(QueryValues.parseEnum(Status.class, "status", null)).isNull();
        assertThat(QueryValues.parseEnum(Status.class, "status", " PUBLISHED ")).isEqualTo(Status.PUBLISHED);
        assertThat(QueryValues.parseUuid("enterpriseId", "")).isNull();
        assertThat(QueryValues.parseUuid("enterpriseId", id.toString())).isEqualTo(id);
    }

    @Test
    void aBadValueNamesTheParameterAndWhatIsAccepted() {
        DomainException.InvalidField status = catchThrowableOfType(DomainException.InvalidField.class,
                () -> QueryValues.parseEnum(Status.class, "status", "GONE"));
        assertThat(status.field).isEqualTo("status");
        assertThat(status.getMessage()).isEqualTo("'GONE' is not one of [DRAFT, PUBLISHED]");

        DomainException.InvalidField id = catchThrowableOfType(DomainException.InvalidField.class,
                () -> QueryValues.parseUuid("enterpriseId", "42"));
        assertThat(id.field).isEqualTo("enterpriseId");
    }
}

package org.innovationbridge.kit.identity;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {
    private final UUID org = UUID.randomUUID();
    private final UUID account = UUID.randomUUID();

    @Test
    void rolesDecideWhoOversees() {
        assertThat(new Caller(account.toString(), Caller.ADMIN, Optional.empty()).oversees()).isTrue();
        assertThat(new Caller(account.toString(), Caller.ORGANISER, Optional.empty()).oversees()).isTrue();
        assertThat(new Caller(account.toString(), Caller.ENTERPRISE, Optional.of(org)).oversees()).isFalse();
        assertThat(Caller.ANONYMOUS.oversees()).isFalse();
        assertThat(Caller.ANONYMOUS.isAdmin()).isFalse();
    }

    @Test
    void aCallerRepresentsOnlyItsOwnOrganisationAndIsOnlyItsOwnAccount() {
        Caller enterprise = new Caller(account.toString(), Caller.ENTERPRISE, Optional.of(org));

        assertThat(enterprise.represents(org)).isTrue();
        assertThat(enterprise.represents(UUID.randomUUID())).isFalse();
        assertThat(enterprise.is(account.toString())).isTrue();
        assertThat(enterprise.is(UUID.randomUUID().toString())).isFalse();
        assertThat(Caller.ANONYMOUS.is(null)).isFalse();
        assertThat(Caller.ANONYMOUS.represents(org)).isFalse();
        assertThat(enterprise.accountId()).isEqualTo(account);
    }

    @Test
    void onlyAUuidIsAnAccountId() {
        assertThat(Callers.uuid(account.toString())).contains(account);
        assertThat(Callers.uuid("admin")).isEmpty();
    }
}

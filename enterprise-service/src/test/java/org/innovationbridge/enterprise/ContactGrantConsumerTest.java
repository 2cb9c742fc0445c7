package org.innovationbridge.enterprise;

import io.quarkus.test.junit.QuarkusTest;
import org.innovationbridge.kit.testing.ContactGrantConsumerChecks;
import org.innovationbridge.kit.testing.ContactGrantEvents;
import org.innovationbridge.kit.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kit's grant consumer in this service over the real Kafka and PostgreSQL: the kit's poison checks, a grant
 * between two enterprises opens both ways, and how long a grant takes from the topic to a readable contact.
 */
@Tag("stack")
@QuarkusTest
class ContactGrantConsumerTest extends ContactGrantConsumerChecks {
    @Override
    protected String ownType() {
        return "ENTERPRISE";
    }

    @Override
    protected UUID newOrganisation() {
        return UUID.fromString(AuthorisationMatrixTest.Fixture.create().enterpriseId());
    }

    @Override
    protected String pathOf(UUID organisation) {
        return "/enterprises/" + organisation;
    }

    /** Whether the caller with this token sees the enterprise's contact details. */
    static boolean seesContact(String token, String enterpriseId) {
        return ContactGrantEvents.seesContact(token, "/enterprises/" + enterpriseId);
    }

    @Test
    void aGrantBetweenTwoEnterprisesOpensEachOnesContactToTheOther() throws Exception {
        AuthorisationMatrixTest.Fixture upstream = AuthorisationMatrixTest.Fixture.create();
        AuthorisationMatrixTest.Fixture downstream = AuthorisationMatrixTest.Fixture.create();
        try (ContactGrantEvents events = new ContactGrantEvents()) {
            assertThat(seesContact(downstream.ownerToken(), upstream.enterpriseId())).isFalse();
            events.granted(UUID.randomUUID(), 1, new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(upstream.enterpriseId())),
                    new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(downstream.enterpriseId())));
            await().atMost(Duration.ofSeconds(30)).until(() -> seesContact(downstream.ownerToken(), upstream.enterpriseId())
                    && seesContact(upstream.ownerToken(), downstream.enterpriseId()));
        }
    }

    /** Publishing a grant until the grantee reads the contact details, 20 times; the times are printed for the report, not asserted. */
    @Test
    void twentyGrantsInARowEachBecomeReadableToTheirGrantee() throws Exception {
        AuthorisationMatrixTest.Fixture f = AuthorisationMatrixTest.Fixture.create();
        ContactGrantEvents.Party enterprise = new ContactGrantEvents.Party("ENTERPRISE", UUID.fromString(f.enterpriseId()));
        List<Long> millis = new ArrayList<>();
        try (ContactGrantEvents events = new ContactGrantEvents()) {
            for (int i = 0; i < 20; i++) {
                UUID matched = UUID.randomUUID();
                String grantee = Tokens.mint(UUID.randomUUID().toString(), "institution", matched);
                long started = System.nanoTime();
                events.granted(UUID.randomUUID(), 1, enterprise, new ContactGrantEvents.Party("INSTITUTION", matched));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                        .until(() -> seesContact(grantee, f.enterpriseId()));
                millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = (sorted.get(9) + sorted.get(10)) / 2;
        System.out.printf("grant to readable contact, 20 runs: median %d ms, min %d ms, max %d ms%n", median,
                sorted.get(0), sorted.get(19));
    }
}

package org.innovationbridge.research;

import io.quarkus.test.junit.QuarkusTest;
import org.innovationbridge.kit.testing.ContactGrantConsumerChecks;
import org.innovationbridge.kit.testing.ContactGrantEvents;
import org.junit.jupiter.api.Tag;

import java.util.UUID;

/** The kit's grant consumer in this service over the real Kafka and PostgreSQL: the kit's poison checks. */
@Tag("stack")
@QuarkusTest
class ContactGrantConsumerTest extends ContactGrantConsumerChecks {
    @Override
    protected String ownType() {
        return "INSTITUTION";
    }

    @Override
    protected UUID newOrganisation() {
        return UUID.fromString(AuthorisationMatrixTest.Fixture.create().institutionId());
    }

    @Override
    protected String pathOf(UUID organisation) {
        return "/institutions/" + organisation;
    }

    /** Whether the caller with this token sees the institution's contact details. */
    static boolean seesContact(String token, String institutionId) {
        return ContactGrantEvents.seesContact(token, "/institutions/" + institutionId);
    }
}

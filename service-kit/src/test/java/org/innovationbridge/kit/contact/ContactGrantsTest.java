package org.innovationbridge.kit.contact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innovationbridge.kit.consumer.UnusableEvent;
import org.innovationbridge.kit.contact.ContactGrantEvent.Party;
import org.innovationbridge.kit.event.EventEnvelope;
import org.innovationbridge.kit.identity.Caller;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a service that keeps contact grants does with an event, for each organisation type it may own: the rows it
 * writes for its own parties only, newer versions only, revocations, and who then holds a grant. The table is an
 * in-memory stand-in with the repository's version rule; the SQL runs against PostgreSQL in the services' tests.
 */
class ContactGrantsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID enterprise = UUID.randomUUID();
    private final UUID institution = UUID.randomUUID();
    private final UUID grant = UUID.randomUUID();

    @Test
    void anEnterpriseServiceKeepsTheGrantForItsEnterpriseOnlyWithTheInstitutionAsGrantee() {
        Table table = new Table();
        ContactGrants grants = new ContactGrants(table, OrganisationType.ENTERPRISE);
        grants.apply(ContactGrantEvent.of(envelope("ContactGranted", 1,
                party("INSTITUTION", institution), party("ENTERPRISE", enterprise))));

        assertThat(table.rows).containsOnlyKeys(grant + "/" + enterprise);
        assertThat(table.rows.get(grant + "/" + enterprise))
                .isEqualTo(new Row(institution, OrganisationType.INSTITUTION, 1, false));
        assertThat(grants.held(enterprise, caller(Caller.INSTITUTION, institution))).isTrue();
        assertThat(grants.held(enterprise, caller(Caller.ENTERPRISE, institution))).as("same id, other type").isFalse();
        assertThat(grants.held(enterprise, caller(Caller.INSTITUTION, UUID.randomUUID()))).isFalse();
        assertThat(grants.held(enterprise, caller(Caller.ORGANISER, institution))).as("organisers act for none").isFalse();
    }

    @Test
    void anInstitutionServiceKeepsTheSameEventForItsInstitution() {
        Table table = new Table();
        ContactGrants grants = new ContactGrants(table, OrganisationType.INSTITUTION);
        grants.apply(ContactGrantEvent.of(envelope("ContactGranted", 1,
                party("INSTITUTION", institution), party("ENTERPRISE", enterprise))));

        assertThat(table.rows).containsOnlyKeys(grant + "/" + institution);
        assertThat(grants.held(institution, caller(Caller.ENTERPRISE, enterprise))).isTrue();
        assertThat(grants.held(institution, caller(Caller.INSTITUTION, enterprise))).isFalse();
    }

    @Test
    void aGrantBetweenTwoOfOurTypeIsKeptForEachOfThem() {
        Table table = new Table();
        ContactGrants grants = new ContactGrants(table, OrganisationType.ENTERPRISE);
        UUID other = UUID.randomUUID();
        grants.apply(ContactGrantEvent.of(envelope("ContactGranted", 1,
                party("ENTERPRISE", enterprise), party("ENTERPRISE", other))));

        assertThat(grants.held(enterprise, caller(Caller.ENTERPRISE, other))).isTrue();
        assertThat(grants.held(other, caller(Caller.ENTERPRISE, enterprise))).isTrue();
    }

    @Test
    void aRevocationEndsTheGrantAndNeitherADuplicateNorAnOlderReplayChangesIt() {
        Table table = new Table();
        ContactGrants grants = new ContactGrants(table, OrganisationType.ENTERPRISE);
        Caller grantee = caller(Caller.INSTITUTION, institution);
        EventEnvelope granted = envelope("ContactGranted", 1, party("INSTITUTION", institution), party("ENTERPRISE", enterprise));

        grants.apply(ContactGrantEvent.of(granted));
        grants.apply(ContactGrantEvent.of(granted));
        assertThat(table.writes).as("a redelivery writes nothing").isEqualTo(1);
        grants.apply(ContactGrantEvent.of(envelope("ContactRevoked", 2,
                party("INSTITUTION", institution), party("ENTERPRISE", enterprise))));
        assertThat(grants.held(enterprise, grantee)).isFalse();

        grants.apply(ContactGrantEvent.of(granted));
        assertThat(grants.held(enterprise, grantee)).as("an older grant replayed after the revocation").isFalse();
        assertThat(table.rows.get(grant + "/" + enterprise).version()).isEqualTo(2);
    }

    @Test
    void anEventThatIsNoGrantIsUnusableWithItsReason() {
        assertThatThrownBy(() -> ContactGrantEvent.of(envelope("ContactMislaid", 1,
                party("INSTITUTION", institution), party("ENTERPRISE", enterprise))))
                .isInstanceOf(UnusableEvent.class)
                .hasMessage("event type ContactMislaid is neither ContactGranted nor ContactRevoked");
        assertThatThrownBy(() -> ContactGrantEvent.of(envelope("ContactGranted", 1, party("ENTERPRISE", enterprise))))
                .hasMessage("payload parties must be two organisations");
        assertThatThrownBy(() -> ContactGrantEvent.of(envelope("ContactGranted", 1,
                party("ORGANISER", institution), party("ENTERPRISE", enterprise))))
                .hasMessage("payload party type ORGANISER is neither ENTERPRISE nor INSTITUTION");
        assertThatThrownBy(() -> ContactGrantEvent.of(envelope("ContactGranted", 1,
                JSON.createObjectNode().put("type", "INSTITUTION").put("id", "not-a-uuid"), party("ENTERPRISE", enterprise))))
                .hasMessage("payload party id is not a UUID");
        ObjectNode otherGrant = JSON.createObjectNode().put("grantId", UUID.randomUUID().toString());
        otherGrant.set("parties", JSON.createArrayNode().add(party("INSTITUTION", institution)).add(party("ENTERPRISE", enterprise)));
        assertThatThrownBy(() -> ContactGrantEvent.of(new EventEnvelope(EventEnvelope.SCHEMA, UUID.randomUUID(),
                "ContactGranted", "contact-grant", grant, 1, OffsetDateTime.now(), otherGrant)))
                .hasMessage("payload grantId is not the envelope's aggregateId");
    }

    private EventEnvelope envelope(String type, long version, ObjectNode... parties) {
        ObjectNode payload = JSON.createObjectNode().put("grantId", grant.toString()).put("source", "CONNECTION");
        payload.set("parties", JSON.createArrayNode().addAll(List.of(parties)));
        return new EventEnvelope(EventEnvelope.SCHEMA, UUID.randomUUID(), type, "contact-grant", grant, version,
                OffsetDateTime.now(), payload);
    }

    private static ObjectNode party(String type, UUID id) {
        return JSON.createObjectNode().put("type", type).put("id", id.toString());
    }

    private static Caller caller(String role, UUID organisation) {
        return new Caller(UUID.randomUUID().toString(), role, Optional.of(organisation));
    }

    private record Row(UUID grantee, OrganisationType granteeType, long version, boolean revoked) {
    }

    /** The table keyed by (grant, owner), with the repository's rule: a row is written only by a newer version. */
    private static final class Table extends ContactGrantRepository {
        final Map<String, Row> rows = new HashMap<>();
        int writes;

        Table() {
            super(null);
        }

        @Override
        public boolean upsertIfNewer(UUID grantId, UUID ownerId, UUID granteeId, OrganisationType granteeType,
                                     long version, boolean revoked) {
            Row held = rows.get(grantId + "/" + ownerId);
            if (held != null && held.version() >= version) {
                return false;
            }
            rows.put(grantId + "/" + ownerId, new Row(granteeId, granteeType, version, revoked));
            writes++;
            return true;
        }

        @Override
        public boolean unrevoked(UUID ownerId, UUID granteeId, OrganisationType granteeType) {
            List<Row> matching = new ArrayList<>();
            rows.forEach((key, row) -> {
                if (key.endsWith("/" + ownerId) && row.grantee().equals(granteeId) && row.granteeType() == granteeType
                        && !row.revoked()) {
                    matching.add(row);
                }
            });
            return !matching.isEmpty();
        }
    }
}

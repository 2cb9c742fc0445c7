package org.innovationbridge.research.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationbridge.kit.consumer.UnusableEvent;
import org.innovationbridge.kit.event.EventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An event of {@code ib.contact.events} as this service reads it: the grant, its version, whether it is revoked and
 * its two parties (organisation type and id). What cannot be read this way is an {@link UnusableEvent}.
 */
public record ContactGrantEvent(UUID grantId, long version, boolean revoked, List<Party> parties) {
    public static final String GRANTED = "ContactGranted";
    public static final String REVOKED = "ContactRevoked";
    /** The organisation types of the contract; a party of another type is a writer's error. */
    private static final Set<String> TYPES = Set.of(Party.ENTERPRISE, Party.INSTITUTION);

    public record Party(String type, UUID id) {
        public static final String ENTERPRISE = "ENTERPRISE";
        public static final String INSTITUTION = "INSTITUTION";
    }

    public static ContactGrantEvent of(EventEnvelope event) {
        if (!GRANTED.equals(event.eventType()) && !REVOKED.equals(event.eventType())) {
            throw new UnusableEvent("event type " + event.eventType() + " is neither " + GRANTED + " nor " + REVOKED);
        }
        JsonNode payload = event.payload();
        if (!event.aggregateId().toString().equals(payload.path("grantId").asText())) {
            throw new UnusableEvent("payload grantId is not the envelope's aggregateId");
        }
        JsonNode parties = payload.path("parties");
        if (!parties.isArray() || parties.size() != 2) {
            throw new UnusableEvent("payload parties must be two organisations");
        }
        List<Party> read = new ArrayList<>(2);
        for (JsonNode party : parties) {
            String type = party.path("type").asText();
            if (!TYPES.contains(type)) {
                throw new UnusableEvent("payload party type " + type + " is neither ENTERPRISE nor INSTITUTION");
            }
            try {
                read.add(new Party(type, UUID.fromString(party.path("id").asText())));
            } catch (IllegalArgumentException e) {
                throw new UnusableEvent("payload party id is not a UUID");
            }
        }
        return new ContactGrantEvent(event.aggregateId(), event.aggregateVersion(), REVOKED.equals(event.eventType()),
                List.copyOf(read));
    }

    /** The other party of a grant, seen from one of its parties. */
    public Party counterpartOf(Party party) {
        return parties.get(0).equals(party) ? parties.get(1) : parties.get(0);
    }
}

package org.innovationbridge.kit.contact;

import com.fasterxml.jackson.databind.JsonNode;
import org.innovationbridge.kit.consumer.UnusableEvent;
import org.innovationbridge.kit.event.EventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An event of {@code ib.contact.events} as the services that keep grants read it: the grant, its version, whether
 * it is revoked and its two parties (organisation type and id). What cannot be read this way is an
 * {@link UnusableEvent}.
 */
public record ContactGrantEvent(UUID grantId, long version, boolean revoked, List<Party> parties) {
    /** matching-service publishes the grants here; each service that keeps them creates it too, before subscribing. */
    public static final String TOPIC = "ib.contact.events";
    public static final String GRANTED = "ContactGranted";
    public static final String REVOKED = "ContactRevoked";

    public record Party(OrganisationType type, UUID id) {
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
            read.add(new Party(typeOf(party.path("type").asText()), idOf(party.path("id").asText())));
        }
        return new ContactGrantEvent(event.aggregateId(), event.aggregateVersion(), REVOKED.equals(event.eventType()),
                List.copyOf(read));
    }

    /** The other party of a grant, seen from one of its parties. */
    public Party counterpartOf(Party party) {
        return parties.get(0).equals(party) ? parties.get(1) : parties.get(0);
    }

    /** The organisation types of the contract; a party of another type is a writer's error. */
    private static OrganisationType typeOf(String type) {
        for (OrganisationType known : OrganisationType.values()) {
            if (known.name().equals(type)) {
                return known;
            }
        }
        throw new UnusableEvent("payload party type " + type + " is neither ENTERPRISE nor INSTITUTION");
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnusableEvent("payload party id is not a UUID");
        }
    }
}

package org.innovationbridge.matching.matchmaking.rest;

import org.innovationbridge.matching.matchmaking.domain.OrganisationType;
import org.innovationbridge.matching.matchmaking.domain.Participant;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record ParticipantView(UUID id, UUID eventId, OrganisationType organisationType, UUID organisationId,
                              String name, List<Item> items, int minMeetings, int maxMeetings,
                              List<Integer> unavailableSlots, boolean autoAccept) {

    /** A problem (enterprise) or result (institution) the participant brings, titled as indexed at registration. */
    public record Item(String id, String title) {
    }

    static ParticipantView of(Participant p) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < p.itemIds.size(); i++) {
            items.add(new Item(p.itemIds.get(i), p.itemTitles.get(i)));
        }
        return new ParticipantView(p.id, p.eventId, p.organisationType, p.organisationId, p.name, items,
                p.minMeetings, p.maxMeetings, p.unavailableSlots, p.autoAccept);
    }
}

package org.innovationbridge.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the matchmaking events API, as a client would send them. */
public final class EventBodies {
    private EventBodies() {
    }

    public static Map<String, Object> event(String name, int slots, int tables) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "HYBRID");
        body.put("venue", "淄博市科创会展中心 3号馆");
        body.put("date", "2026-12-20");
        // a coffee break after the third slot, when there are more
        body.put("slots", new HashMap<>(Map.of("start", "09:00", "minutes", 20, "count", slots,
                "breaks", slots > 3 ? List.of(Map.of("afterSlot", 3, "minutes", 15)) : List.of())));
        body.put("tables", tables);
        body.put("roomUrlTemplate", "https://meet.example/ib-{event}-{table}");
        body.put("focusChains", List.of("hydrogen-energy-storage", "intelligent-equipment"));
        body.put("defaultMinMeetings", 1);
        body.put("defaultMaxMeetings", 3);
        return body;
    }

    public static Map<String, Object> participant(String type, UUID organisation, List<UUID> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationType", type);
        body.put("organisationId", organisation.toString());
        body.put("itemIds", items.stream().map(UUID::toString).toList());
        return body;
    }
}

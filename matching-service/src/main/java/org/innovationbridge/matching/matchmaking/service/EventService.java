package org.innovationbridge.matching.matchmaking.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.innovationbridge.kit.identity.Caller;
import org.innovationbridge.kit.problem.DomainException;
import org.innovationbridge.matching.matchmaking.domain.EventKind;
import org.innovationbridge.matching.matchmaking.domain.EventStatus;
import org.innovationbridge.matching.matchmaking.domain.MatchmakingEvent;
import org.innovationbridge.matching.matchmaking.repository.EventRepository;
import org.innovationbridge.matching.matchmaking.repository.ParticipantRepository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Events: creation, changes, the lifecycle, and who may write to them. */
@ApplicationScoped
public class EventService {
    private static final int DEFAULT_MIN = 0;
    private static final int DEFAULT_MAX = 6;

    private final EventRepository events;
    private final ParticipantRepository participants;
    private final PairingAnnouncer announcer;

    public EventService(EventRepository events, ParticipantRepository participants, PairingAnnouncer announcer) {
        this.events = events;
        this.participants = participants;
        this.announcer = announcer;
    }

    public record EventPage(List<MatchmakingEvent> items, long total, int page, int size) {
    }

    @Transactional
    public MatchmakingEvent create(Caller caller, EventInput input) {
        if (!caller.isAdmin() && !caller.isOrganiser()) {
            throw new DomainException.Forbidden("only organisers and admins create events");
        }
        MatchmakingEvent event = new MatchmakingEvent();
        event.id = UUID.randomUUID();
        event.organiserId = caller.accountId();
        event.status = EventStatus.DRAFT;
        event.createdAt = OffsetDateTime.now();
        apply(event, input);
        events.persist(event);
        return event;
    }

    @Transactional
    public MatchmakingEvent update(Caller caller, UUID id, Long expectedVersion, EventInput input) {
        MatchmakingEvent event = writable(caller, id);
        checkVersion(event, expectedVersion);
        requireStatus(event, "status", EventStatus.DRAFT, EventStatus.REGISTRATION);
        apply(event, input);
        return event;
    }

    public MatchmakingEvent get(UUID id) {
        return events.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("event", id));
    }

    /** The event, if the caller may see it: to anyone but its organiser and admins a draft does not exist. */
    public MatchmakingEvent readable(Caller caller, UUID id) {
        MatchmakingEvent event = get(id);
        if (!mayRead(caller, event)) {
            throw new DomainException.NotFound("event", id);
        }
        return event;
    }

    /** The events the caller may see, latest first: every one past its draft, and its own drafts (admins: all). */
    public EventPage list(Caller caller, EventStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.isAdmin()) {
            where.add("(status <> :draft or organiserId = :me)");
            params.and("draft", EventStatus.DRAFT).and("me", caller.subject() == null ? null : caller.accountId());
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        Sort order = Sort.descending("date").and("id");
        var query = where.isEmpty() ? events.findAll(order) : events.find(String.join(" and ", where), order, params);
        return new EventPage(query.page(Page.of(page, size)).list(), query.count(), page, size);
    }

    public static boolean mayRead(Caller caller, MatchmakingEvent event) {
        return event.status != EventStatus.DRAFT || mayWrite(caller, event);
    }

    /** The online rooms' links: for the event's organiser, admins and the event's own participants only. */
    public boolean seesRooms(Caller caller, MatchmakingEvent event) {
        return mayWrite(caller, event) || caller.organisation()
                .flatMap(organisation -> participants.activeByOrganisation(event.id, organisation)).isPresent();
    }

    /**
     * One step along the lifecycle. Publishing needs a schedule and puts the pairing list into the outbox in the
     * same transaction, so the event on {@code ib.pairing.events} exists exactly when the status does.
     */
    @Transactional
    public MatchmakingEvent changeStatus(Caller caller, UUID id, Long expectedVersion, EventStatus next) {
        MatchmakingEvent event = writable(caller, id);
        checkVersion(event, expectedVersion);
        List<EventStatus> allowed = event.status.allowedNext();
        if (!allowed.contains(next)) {
            throw new DomainException.Conflict("status", "an event in " + event.status + " cannot go to " + next,
                    allowed.stream().map(Enum::name).toList());
        }
        if (next == EventStatus.PUBLISHED && event.scheduledAt == null) {
            throw new DomainException.Conflict("status", "schedule the meetings before publishing",
                    List.of());
        }
        event.status = next;
        event.updatedAt = OffsetDateTime.now();
        events.flush(); // the version the outbox event carries is the one this change produces
        if (next == EventStatus.PUBLISHED) {
            announcer.announce(event, PairingListing.PUBLISHED);
        }
        return event;
    }

    /** The event, if the caller may change it: its own organiser, or an admin. */
    public MatchmakingEvent writable(Caller caller, UUID id) {
        MatchmakingEvent event = get(id);
        if (!mayWrite(caller, event)) {
            throw new DomainException.Forbidden("only the event's organiser or an admin may do this");
        }
        return event;
    }

    public static boolean mayWrite(Caller caller, MatchmakingEvent event) {
        return caller.isAdmin() || caller.isOrganiser() && event.organiserId.equals(caller.accountId());
    }

    public static void requireStatus(MatchmakingEvent event, String field, EventStatus... allowed) {
        for (EventStatus status : allowed) {
            if (event.status == status) {
                return;
            }
        }
        throw new DomainException.Conflict(field, "not possible while the event is " + event.status,
                Arrays.stream(allowed).map(Enum::name).toList());
    }

    private static void checkVersion(MatchmakingEvent event, Long expected) {
        if (expected != null && expected != event.version) {
            throw new DomainException.StaleVersion(expected, event.version);
        }
    }

    private static void apply(MatchmakingEvent event, EventInput input) {
        int count = input.slots().count();
        List<Integer> after = new ArrayList<>();
        List<Integer> minutes = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<EventInput.Break> breaks = input.slots().breaks() == null ? List.of() : input.slots().breaks();
        for (int i = 0; i < breaks.size(); i++) {
            EventInput.Break pause = breaks.get(i);
            if (pause.afterSlot() >= count) {
                throw new DomainException.InvalidField("slots.breaks[" + i + "].afterSlot",
                        "must be before the last slot (" + count + ")");
            }
            if (!seen.add(pause.afterSlot())) {
                throw new DomainException.InvalidField("slots.breaks[" + i + "].afterSlot",
                        "another break already follows slot " + pause.afterSlot());
            }
            after.add(pause.afterSlot());
            minutes.add(pause.minutes());
        }
        int min = input.defaultMinMeetings() == null ? DEFAULT_MIN : input.defaultMinMeetings();
        int max = input.defaultMaxMeetings() == null ? Math.min(DEFAULT_MAX, count) : input.defaultMaxMeetings();
        if (min > max) {
            throw new DomainException.InvalidField("defaultMinMeetings", "must not exceed defaultMaxMeetings (" + max + ")");
        }
        if (max > count) {
            throw new DomainException.InvalidField("defaultMaxMeetings", "must not exceed the number of slots (" + count + ")");
        }
        String template = input.roomUrlTemplate() == null || input.roomUrlTemplate().isBlank()
                ? null : input.roomUrlTemplate().strip();
        if (input.kind() != EventKind.ON_SITE && template == null) {
            throw new DomainException.InvalidField("roomUrlTemplate", "is required for an " + input.kind() + " event");
        }
        if (template != null && !template.contains("{table}")) {
            throw new DomainException.InvalidField("roomUrlTemplate", "must contain {table}");
        }
        if (template != null && !(template.startsWith("https://") || template.startsWith("http://"))) {
            throw new DomainException.InvalidField("roomUrlTemplate", "must be an http(s) address");
        }
        event.name = input.name().strip();
        event.kind = input.kind();
        event.venue = input.venue() == null || input.venue().isBlank() ? null : input.venue().strip();
        event.date = input.date();
        event.slotStart = input.slots().start();
        event.slotMinutes = input.slots().minutes();
        event.slotCount = count;
        event.breakAfterSlots = after;
        event.breakMinutes = minutes;
        event.tables = input.tables();
        event.roomUrlTemplate = template;
        event.focusChains = input.focusChains() == null ? List.of() : input.focusChains().stream().map(String::strip).distinct().toList();
        event.defaultMinMeetings = min;
        event.defaultMaxMeetings = max;
        event.updatedAt = OffsetDateTime.now();
    }
}

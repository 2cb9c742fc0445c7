package org.innovationbridge.matching.matchmaking.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to schedule when any two participants may meet: meetings into {@code slots × tables}, nobody and no table
 * twice in one slot, each meeting inside its window and in slots both participants are available.
 *
 * @param slots       number of slots, {@code >= 1}; consecutive indexes are consecutive times (a break between
 *                    two slots is no slot)
 * @param tables      number of tables, {@code >= 1}
 * @param participants number of participants (indexes {@code 0..participants-1})
 * @param meetings    the meetings; a meeting's index in this list identifies it everywhere else
 * @param unavailable participant index → slots in which it cannot meet (slots outside the event are dropped)
 * @param locked      meeting index → placement it must keep; never moved
 */
public record ForumProblem(int slots, int tables, int participants, List<ForumMeeting> meetings,
        Map<Integer, Set<Integer>> unavailable, Map<Integer, Placement> locked) {

    public ForumProblem {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be >= 1, was " + slots);
        }
        if (tables < 1) {
            throw new IllegalArgumentException("tables must be >= 1, was " + tables);
        }
        meetings = List.copyOf(meetings);
        for (ForumMeeting m : meetings) {
            if (m.a() >= participants || m.b() >= participants) {
                throw new IllegalArgumentException("meetings: participant index out of range 0.."
                        + (participants - 1) + " in " + m.a() + "–" + m.b());
            }
        }
        int eventSlots = slots;
        unavailable = unavailable.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().stream().filter(s -> s >= 0 && s < eventSlots)
                        .collect(Collectors.toUnmodifiableSet())))
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        locked = Map.copyOf(locked);
        for (Integer p : unavailable.keySet()) {
            if (p < 0 || p >= participants) {
                throw new IllegalArgumentException("unavailable: index " + p + " out of range 0.." + (participants - 1));
            }
        }
        for (Integer m : locked.keySet()) {
            if (m < 0 || m >= meetings.size()) {
                throw new IllegalArgumentException("locked: index " + m + " out of range 0.." + (meetings.size() - 1));
            }
        }
    }

    /** A problem without unavailable slots or locks. */
    public static ForumProblem of(int slots, int tables, int participants, List<ForumMeeting> meetings) {
        return new ForumProblem(slots, tables, participants, meetings, Map.of(), Map.of());
    }

    /** This problem with the given unavailable slots per participant. */
    public ForumProblem withUnavailable(Map<Integer, Set<Integer>> off) {
        return new ForumProblem(slots, tables, participants, meetings, off, locked);
    }

    /** This problem with the given locked meetings. */
    public ForumProblem withLocked(Map<Integer, Placement> lockedMeetings) {
        return new ForumProblem(slots, tables, participants, meetings, unavailable, lockedMeetings);
    }

    /** Whether the participant can meet in the slot. */
    public boolean available(int participant, int slot) {
        Set<Integer> off = unavailable.get(participant);
        return off == null || !off.contains(slot);
    }

    /** Whether the meeting may take the slot: inside its window and both participants available. */
    public boolean allowed(int meeting, int slot) {
        ForumMeeting m = meetings.get(meeting);
        return (m.window().isEmpty() || m.window().contains(slot)) && available(m.a(), slot) && available(m.b(), slot);
    }

    /**
     * The fewest slots any schedule of all meetings needs: {@code max(Δ, ⌈E / tables⌉)}, Δ the most meetings of
     * one participant, E the meetings.
     */
    public int lowerBound() {
        int[] per = new int[participants];
        int delta = 0;
        for (ForumMeeting m : meetings) {
            delta = Math.max(delta, Math.max(++per[m.a()], ++per[m.b()]));
        }
        return Math.max(delta, (meetings.size() + tables - 1) / tables);
    }
}

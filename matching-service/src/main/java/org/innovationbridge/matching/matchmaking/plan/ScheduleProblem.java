package org.innovationbridge.matching.matchmaking.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to schedule: meetings into {@code slots × tables}, so that no participant and no table has two meetings
 * in one slot.
 *
 * <p>Build with {@link #of} and the {@code with…} methods; every map is optional (empty by default).
 *
 * @param slots                   number of slots, {@code >= 1}
 * @param tables                  number of tables, {@code >= 1}
 * @param enterprises             number of enterprise participants (indexes {@code 0..enterprises-1})
 * @param institutions            number of institution participants
 * @param meetings                the meetings; a meeting's index in this list identifies it everywhere else
 * @param enterpriseUnavailable   enterprise index → slots in which it cannot meet (slots outside
 *                                {@code 0..slots-1} are dropped: the event does not have them)
 * @param institutionUnavailable  institution index → slots in which it cannot meet (likewise)
 * @param preferredTables         enterprise index → the table it would like to keep (a wish)
 * @param locked                  meeting index → placement it must keep; never moved, never given away
 * @param previous                meeting index → placement in the schedule being re-planned; kept where valid
 */
public record ScheduleProblem(
        int slots,
        int tables,
        int enterprises,
        int institutions,
        List<Pair> meetings,
        Map<Integer, Set<Integer>> enterpriseUnavailable,
        Map<Integer, Set<Integer>> institutionUnavailable,
        Map<Integer, Integer> preferredTables,
        Map<Integer, Placement> locked,
        Map<Integer, Placement> previous) {

    public ScheduleProblem {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be >= 1, was " + slots);
        }
        if (tables < 1) {
            throw new IllegalArgumentException("tables must be >= 1, was " + tables);
        }
        meetings = List.copyOf(meetings);
        enterpriseUnavailable = inEvent(enterpriseUnavailable, slots);
        institutionUnavailable = inEvent(institutionUnavailable, slots);
        preferredTables = Map.copyOf(preferredTables);
        locked = Map.copyOf(locked);
        previous = Map.copyOf(previous);
        for (Pair m : meetings) {
            if (m.enterprise() >= enterprises) {
                throw new IllegalArgumentException("meetings: enterprise index " + m.enterprise()
                        + " out of range, there are " + enterprises + " enterprises");
            }
            if (m.institution() >= institutions) {
                throw new IllegalArgumentException("meetings: institution index " + m.institution()
                        + " out of range, there are " + institutions + " institutions");
            }
        }
        checkKeys("enterpriseUnavailable", enterpriseUnavailable.keySet(), enterprises);
        checkKeys("institutionUnavailable", institutionUnavailable.keySet(), institutions);
        checkKeys("preferredTables", preferredTables.keySet(), enterprises);
        checkKeys("locked", locked.keySet(), meetings.size());
        checkKeys("previous", previous.keySet(), meetings.size());
        for (Integer table : preferredTables.values()) {
            if (table < 0 || table >= tables) {
                throw new IllegalArgumentException("preferredTables: table " + table + " out of range 0.." + (tables - 1));
            }
        }
    }

    /** A problem without availability limits, preferences, locks or previous schedule. */
    public static ScheduleProblem of(int slots, int tables, int enterprises, int institutions, List<Pair> meetings) {
        return new ScheduleProblem(slots, tables, enterprises, institutions, meetings,
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** This problem with the given unavailable slots per enterprise and per institution. */
    public ScheduleProblem withUnavailable(Map<Integer, Set<Integer>> enterprise, Map<Integer, Set<Integer>> institution) {
        return new ScheduleProblem(slots, tables, enterprises, institutions, meetings, enterprise, institution,
                preferredTables, locked, previous);
    }

    /** This problem with the given preferred table per enterprise. */
    public ScheduleProblem withPreferredTables(Map<Integer, Integer> preferred) {
        return new ScheduleProblem(slots, tables, enterprises, institutions, meetings, enterpriseUnavailable,
                institutionUnavailable, preferred, locked, previous);
    }

    /** This problem with the given locked meetings. */
    public ScheduleProblem withLocked(Map<Integer, Placement> lockedMeetings) {
        return new ScheduleProblem(slots, tables, enterprises, institutions, meetings, enterpriseUnavailable,
                institutionUnavailable, preferredTables, lockedMeetings, previous);
    }

    /** This problem as a re-plan of the given previous placements. */
    public ScheduleProblem withPrevious(Map<Integer, Placement> previousPlacements) {
        return new ScheduleProblem(slots, tables, enterprises, institutions, meetings, enterpriseUnavailable,
                institutionUnavailable, preferredTables, locked, previousPlacements);
    }

    /** Whether the participant can meet in the slot. */
    public boolean available(Side side, int index, int slot) {
        Set<Integer> off = (side == Side.ENTERPRISE ? enterpriseUnavailable : institutionUnavailable).get(index);
        return off == null || !off.contains(slot);
    }

    /** Whether any participant is unavailable in some slot of the event. */
    public boolean hasAvailabilityLimits() {
        return !enterpriseUnavailable.isEmpty() || !institutionUnavailable.isEmpty();
    }

    /**
     * The fewest slots any schedule of all meetings needs: {@code max(Δ, ⌈E / tables⌉)}, where Δ is the most
     * meetings of one participant and E the number of meetings.
     */
    public int lowerBound() {
        int[] perEnterprise = new int[enterprises];
        int[] perInstitution = new int[institutions];
        int delta = 0;
        for (Pair m : meetings) {
            delta = Math.max(delta, Math.max(++perEnterprise[m.enterprise()], ++perInstitution[m.institution()]));
        }
        return Math.max(delta, (meetings.size() + tables - 1) / tables);
    }

    /** An immutable copy without the slots the event does not have and without empty entries. */
    private static Map<Integer, Set<Integer>> inEvent(Map<Integer, Set<Integer>> unavailable, int slots) {
        return unavailable.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().stream().filter(s -> s >= 0 && s < slots)
                        .collect(Collectors.toUnmodifiableSet())))
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void checkKeys(String field, Set<Integer> keys, int size) {
        for (Integer key : keys) {
            if (key < 0 || key >= size) {
                throw new IllegalArgumentException(field + ": index " + key + " out of range 0.." + (size - 1));
            }
        }
    }
}

package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working state of one scheduling run: which meeting sits in which slot, who is busy when, how many tables
 * each slot has in use. Tables are only counted while meetings are placed, except for meetings that must keep a
 * particular table (locked, or kept from the previous schedule); the others get their tables at the end.
 */
final class Timetable {

    private final ScheduleProblem problem;
    private final int slots;
    private final int tables;
    private final int meetings;
    private final int[] enterpriseOf;
    private final int[] institutionOf;
    private final boolean[] enterpriseAvailable;
    private final boolean[] institutionAvailable;
    private final int[] enterpriseBusy;
    private final int[] institutionBusy;
    private final int[] used;
    private final int[] tableHolder;
    private final int[] slotOf;
    private final int[] tableOf;
    private final boolean[] locked;
    private final boolean[] kept;
    private final boolean[] lockConflict;

    Timetable(ScheduleProblem problem) {
        this.problem = problem;
        slots = problem.slots();
        tables = problem.tables();
        meetings = problem.meetings().size();
        enterpriseOf = new int[meetings];
        institutionOf = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            enterpriseOf[m] = problem.meetings().get(m).enterprise();
            institutionOf[m] = problem.meetings().get(m).institution();
        }
        enterpriseAvailable = availability(problem, Side.ENTERPRISE, problem.enterprises());
        institutionAvailable = availability(problem, Side.INSTITUTION, problem.institutions());
        enterpriseBusy = filled(problem.enterprises() * slots);
        institutionBusy = filled(problem.institutions() * slots);
        used = new int[slots];
        tableHolder = filled(slots * tables);
        slotOf = filled(meetings);
        tableOf = filled(meetings);
        locked = new boolean[meetings];
        kept = new boolean[meetings];
        lockConflict = new boolean[meetings];
    }

    private static boolean[] availability(ScheduleProblem problem, Side side, int participants) {
        boolean[] available = new boolean[participants * problem.slots()];
        for (int p = 0; p < participants; p++) {
            for (int s = 0; s < problem.slots(); s++) {
                available[p * problem.slots() + s] = problem.available(side, p, s);
            }
        }
        return available;
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }

    /** Runs the smart plan (colouring seed and repair) or the greedy baseline. */
    Schedule plan(boolean smart) {
        placeLocked();
        keepPrevious();
        List<Integer> rest = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] < 0 && !lockConflict[m]) {
                rest.add(m);
            }
        }
        if (smart) {
            seedByColouring(rest);
            repair(rest);
        } else {
            for (int m : rest) {
                for (int s = 0; s < slots && slotOf[m] < 0; s++) {
                    if (canPlace(m, s)) {
                        place(m, s, -1);
                    }
                }
            }
        }
        return result();
    }

    // --- fixed meetings -------------------------------------------------------------------------------------

    private void placeLocked() {
        for (Map.Entry<Integer, Placement> lock : new TreeMap<>(problem.locked()).entrySet()) {
            int m = lock.getKey();
            Placement p = lock.getValue();
            if (p.slot() < slots && p.table() < tables && canPlace(m, p.slot())
                    && tableHolder[p.slot() * tables + p.table()] < 0) {
                place(m, p.slot(), p.table());
                locked[m] = true;
            } else {
                lockConflict[m] = true;
            }
        }
    }

    /** Keeps every previous placement that is still valid: same slot, and same table when it is free. */
    private void keepPrevious() {
        for (Map.Entry<Integer, Placement> previous : new TreeMap<>(problem.previous()).entrySet()) {
            int m = previous.getKey();
            Placement p = previous.getValue();
            if (slotOf[m] >= 0 || lockConflict[m] || p.slot() >= slots || !canPlace(m, p.slot())) {
                continue;
            }
            boolean tableFree = p.table() < tables && tableHolder[p.slot() * tables + p.table()] < 0;
            place(m, p.slot(), tableFree ? p.table() : -1);
            kept[m] = true;
        }
    }

    // --- seeding by equitable colouring ---------------------------------------------------------------------

    /**
     * Colours the remaining meetings with {@code max(Δ, ⌈E/T⌉)} colours of at most T meetings each, then maps
     * colours to slots: identically when nothing constrains the slots (the exact case), otherwise by a
     * maximum-weight assignment where a colour's weight in a slot is how many of its meetings fit there.
     */
    private void seedByColouring(List<Integer> rest) {
        if (rest.isEmpty()) {
            return;
        }
        int[] left = new int[rest.size()];
        int[] right = new int[rest.size()];
        int[] perEnterprise = new int[problem.enterprises()];
        int[] perInstitution = new int[problem.institutions()];
        int delta = 0;
        for (int k = 0; k < rest.size(); k++) {
            left[k] = enterpriseOf[rest.get(k)];
            right[k] = institutionOf[rest.get(k)];
            delta = Math.max(delta, Math.max(++perEnterprise[left[k]], ++perInstitution[right[k]]));
        }
        int colours = Math.max(delta, (rest.size() + tables - 1) / tables);
        int[] colour = EdgeColouring.colour(left, right, problem.enterprises(), problem.institutions(), colours, tables);
        List<List<Integer>> classes = new ArrayList<>();
        for (int c = 0; c < colours; c++) {
            classes.add(new ArrayList<>());
        }
        for (int k = 0; k < rest.size(); k++) {
            classes.get(colour[k]).add(rest.get(k));
        }
        int[] slotOfClass;
        boolean constrained = problem.hasAvailabilityLimits() || rest.size() < meetings;
        if (!constrained) {
            // Largest classes first, so that with too few slots the most meetings get one.
            Integer[] order = new Integer[colours];
            for (int c = 0; c < colours; c++) {
                order[c] = c;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer c) -> -classes.get(c).size()).thenComparingInt(c -> c));
            slotOfClass = new int[colours];
            for (int k = 0; k < colours; k++) {
                slotOfClass[order[k]] = k < slots ? k : -1;
            }
        } else {
            long[][] weight = new long[colours][slots];
            for (int c = 0; c < colours; c++) {
                for (int s = 0; s < slots; s++) {
                    int fit = 0;
                    for (int m : classes.get(c)) {
                        fit += canPlace(m, s) ? 1 : 0;
                    }
                    weight[c][s] = Math.min(fit, tables - used[s]);
                }
            }
            slotOfClass = Assignment.maximise(weight, slots);
        }
        for (int c = 0; c < colours; c++) {
            int s = slotOfClass[c];
            if (s < 0) {
                continue;
            }
            for (int m : classes.get(c)) {
                if (canPlace(m, s)) {
                    place(m, s, -1);
                }
            }
        }
    }

    // --- repair ---------------------------------------------------------------------------------------------

    /**
     * Places what is still unplaced, most constrained first: directly where a slot has room, else by moving one
     * blocking meeting (the other participant's meeting in that slot, or any meeting of a full slot) to another
     * slot with room. Meetings kept from the previous schedule are moved only once nothing else helps, each move
     * buying one more placed meeting. Repeats while it makes progress.
     */
    private void repair(List<Integer> rest) {
        for (boolean moveKept : new boolean[] {false, true}) {
            boolean progress = true;
            for (int round = 0; progress && round < 4; round++) {
                progress = false;
                List<Integer> pool = new ArrayList<>();
                for (int m : rest) {
                    if (slotOf[m] < 0) {
                        pool.add(m);
                    }
                }
                int[] options = new int[meetings];
                for (int m : pool) {
                    for (int s = 0; s < slots; s++) {
                        options[m] += bothAvailable(m, s) ? 1 : 0;
                    }
                }
                pool.sort(Comparator.comparingInt((Integer m) -> options[m]).thenComparingInt(m -> m));
                for (int m : pool) {
                    if (placeDirectly(m) || placeByMovingOne(m, moveKept)) {
                        progress = true;
                    }
                }
            }
        }
        // Placing only ever fills slots, so one last direct pass leaves no meeting that still fits somewhere.
        for (int m : rest) {
            if (slotOf[m] < 0) {
                placeDirectly(m);
            }
        }
    }

    private boolean placeDirectly(int m) {
        int best = -1;
        for (int s = 0; s < slots; s++) {
            if (canPlace(m, s) && (best < 0 || used[s] < used[best])) {
                best = s;
            }
        }
        if (best >= 0) {
            place(m, best, -1);
        }
        return best >= 0;
    }

    private boolean placeByMovingOne(int m, boolean moveKept) {
        for (int s = 0; s < slots; s++) {
            if (!bothAvailable(m, s)) {
                continue;
            }
            int byEnterprise = enterpriseBusy[enterpriseOf[m] * slots + s];
            int byInstitution = institutionBusy[institutionOf[m] * slots + s];
            if (byEnterprise >= 0 && byInstitution >= 0) {
                continue;
            }
            if (byEnterprise >= 0 || byInstitution >= 0) {
                if (tryMove(Math.max(byEnterprise, byInstitution), s, m, moveKept)) {
                    return true;
                }
            } else {
                for (int other = 0; other < meetings; other++) {
                    if (slotOf[other] == s && tryMove(other, s, m, moveKept)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Moves {@code blocker} out of slot {@code s} to a slot with room and puts {@code m} in its place. */
    private boolean tryMove(int blocker, int s, int m, boolean moveKept) {
        if (locked[blocker] || (kept[blocker] && !moveKept)) {
            return false;
        }
        int table = tableOf[blocker];
        unplace(blocker);
        if (canPlace(m, s)) {
            for (int target = 0; target < slots; target++) {
                if (target != s && canPlace(blocker, target)) {
                    place(m, s, -1);
                    place(blocker, target, -1);
                    kept[blocker] = false;
                    return true;
                }
            }
        }
        place(blocker, s, table);
        return false;
    }

    // --- primitive moves ------------------------------------------------------------------------------------

    private boolean bothAvailable(int m, int s) {
        return enterpriseAvailable[enterpriseOf[m] * slots + s] && institutionAvailable[institutionOf[m] * slots + s];
    }

    private boolean canPlace(int m, int s) {
        return used[s] < tables && bothAvailable(m, s)
                && enterpriseBusy[enterpriseOf[m] * slots + s] < 0
                && institutionBusy[institutionOf[m] * slots + s] < 0;
    }

    /** Places meeting m in slot s, holding {@code table} when it is not {@code -1}. */
    private void place(int m, int s, int table) {
        slotOf[m] = s;
        tableOf[m] = table;
        used[s]++;
        enterpriseBusy[enterpriseOf[m] * slots + s] = m;
        institutionBusy[institutionOf[m] * slots + s] = m;
        if (table >= 0) {
            tableHolder[s * tables + table] = m;
        }
    }

    private void unplace(int m) {
        int s = slotOf[m];
        used[s]--;
        enterpriseBusy[enterpriseOf[m] * slots + s] = -1;
        institutionBusy[institutionOf[m] * slots + s] = -1;
        if (tableOf[m] >= 0) {
            tableHolder[s * tables + tableOf[m]] = -1;
        }
        slotOf[m] = -1;
        tableOf[m] = -1;
    }

    // --- result ---------------------------------------------------------------------------------------------

    private Schedule result() {
        int[] table = assignTables();
        Map<Integer, Placement> placements = new HashMap<>();
        Set<Integer> slotsWithMeetings = new HashSet<>();
        List<UnplacedMeeting> unplaced = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0) {
                placements.put(m, new Placement(slotOf[m], table[m]));
                slotsWithMeetings.add(slotOf[m]);
            } else {
                unplaced.add(new UnplacedMeeting(m, lockConflict[m] ? UnplacedReason.LOCKED_CONFLICT : reason(m)));
            }
        }
        int moved = 0;
        for (Map.Entry<Integer, Placement> previous : problem.previous().entrySet()) {
            moved += previous.getValue().equals(placements.get(previous.getKey())) ? 0 : 1;
        }
        return new Schedule(placements, unplaced, slotsWithMeetings.size(), problem.lowerBound(), moved);
    }

    private UnplacedReason reason(int m) {
        boolean enterprise = false;
        boolean institution = false;
        boolean common = false;
        boolean free = false;
        for (int s = 0; s < slots; s++) {
            boolean e = enterpriseAvailable[enterpriseOf[m] * slots + s];
            boolean i = institutionAvailable[institutionOf[m] * slots + s];
            enterprise |= e;
            institution |= i;
            common |= e && i;
            boolean bothFree = e && i && enterpriseBusy[enterpriseOf[m] * slots + s] < 0
                    && institutionBusy[institutionOf[m] * slots + s] < 0;
            if (bothFree && used[s] < tables) {
                // Every run ends with a placement attempt for each meeting; room left over is a defect.
                throw new IllegalStateException("meeting " + m + " left unplaced although slot " + s + " has room");
            }
            free |= bothFree;
        }
        if (!enterprise) {
            return UnplacedReason.ENTERPRISE_UNAVAILABLE;
        }
        if (!institution) {
            return UnplacedReason.INSTITUTION_UNAVAILABLE;
        }
        if (!common) {
            return UnplacedReason.NO_COMMON_AVAILABLE_SLOT;
        }
        return free ? UnplacedReason.NO_TABLE_FREE : UnplacedReason.PARTICIPANT_BOOKED;
    }

    /**
     * Tables for meetings that do not hold one yet. Each enterprise has a home table: its preferred one, else
     * the table it holds in the previous schedule, else one chosen so that home tables carry similar numbers of
     * meetings (largest enterprises first onto the least loaded table). In each slot a meeting gets its
     * enterprise's home table when free, else the table that enterprise last fell back to, else the lowest free.
     */
    private int[] assignTables() {
        int[] table = tableOf.clone();
        int[] meetingsOf = new int[problem.enterprises()];
        int[] home = filled(problem.enterprises());
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0) {
                meetingsOf[enterpriseOf[m]]++;
                if (tableOf[m] >= 0 && home[enterpriseOf[m]] < 0) {
                    home[enterpriseOf[m]] = tableOf[m];
                }
            }
        }
        problem.preferredTables().forEach((e, t) -> home[e] = t);
        long[] load = new long[tables];
        for (int e = 0; e < home.length; e++) {
            if (home[e] >= 0) {
                load[home[e]] += meetingsOf[e];
            }
        }
        Integer[] bySize = new Integer[problem.enterprises()];
        for (int e = 0; e < bySize.length; e++) {
            bySize[e] = e;
        }
        Arrays.sort(bySize, Comparator.comparingInt((Integer e) -> -meetingsOf[e]).thenComparingInt(e -> e));
        for (int e : bySize) {
            if (home[e] < 0 && meetingsOf[e] > 0) {
                int best = 0;
                for (int t = 1; t < tables; t++) {
                    best = load[t] < load[best] ? t : best;
                }
                home[e] = best;
                load[best] += meetingsOf[e];
            }
        }
        List<List<Integer>> bySlot = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            bySlot.add(new ArrayList<>());
        }
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0 && table[m] < 0) {
                bySlot.get(slotOf[m]).add(m);
            }
        }
        int[] fallback = filled(problem.enterprises());
        boolean[] taken = new boolean[tables];
        for (int s = 0; s < slots; s++) {
            Arrays.fill(taken, false);
            for (int t = 0; t < tables; t++) {
                taken[t] = tableHolder[s * tables + t] >= 0;
            }
            List<Integer> open = bySlot.get(s);
            open.sort(Comparator.comparingInt((Integer m) -> -meetingsOf[enterpriseOf[m]]).thenComparingInt(m -> m));
            List<Integer> homeless = new ArrayList<>();
            for (int m : open) {
                int h = home[enterpriseOf[m]];
                if (!taken[h]) {
                    table[m] = h;
                    taken[h] = true;
                } else {
                    homeless.add(m);
                }
            }
            int lowest = 0;
            for (int m : homeless) {
                int f = fallback[enterpriseOf[m]];
                if (f < 0 || taken[f]) {
                    while (taken[lowest]) {
                        lowest++;
                    }
                    f = lowest;
                }
                table[m] = f;
                taken[f] = true;
                fallback[enterpriseOf[m]] = f;
            }
        }
        return table;
    }
}

package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The working state of a forum schedule (who meets when) and the heuristic that fills it: locked meetings, then
 * the others by weight (most constrained first) into the slot that adds the fewest idle gaps, a repair that moves
 * one blocking meeting aside, and a descent that moves single meetings, or swaps the slots of two meetings of one
 * participant, while that lowers the gaps; then a seeded perturbation of that descent (see {@link #perturb}). Tables are
 * counted per slot and handed out at the end ({@link #finish}).
 */
final class ForumTimetable {

    final ForumProblem problem;
    final int slots;
    final int participants;
    final int meetings;
    final int[] slotOf;
    final boolean[] locked;
    final boolean[] lockConflict;
    private final int[] busy;
    private final int[] used;

    ForumTimetable(ForumProblem problem) {
        this.problem = problem;
        slots = problem.slots();
        participants = problem.participants();
        meetings = problem.meetings().size();
        slotOf = new int[meetings];
        Arrays.fill(slotOf, -1);
        locked = new boolean[meetings];
        lockConflict = new boolean[meetings];
        busy = new int[participants * slots];
        Arrays.fill(busy, -1);
        used = new int[slots];
        placeLocked();
    }

    private void placeLocked() {
        boolean[] tableTaken = new boolean[slots * problem.tables()];
        problem.locked().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int m = e.getKey();
            Placement p = e.getValue();
            ForumMeeting meeting = problem.meetings().get(m);
            boolean ok = p.slot() < slots && p.table() < problem.tables()
                    && problem.available(meeting.a(), p.slot()) && problem.available(meeting.b(), p.slot())
                    && !tableTaken[p.slot() * problem.tables() + p.table()]
                    && free(meeting.a(), p.slot()) && free(meeting.b(), p.slot());
            locked[m] = true;
            if (ok) {
                tableTaken[p.slot() * problem.tables() + p.table()] = true;
                put(m, p.slot());
            } else {
                lockConflict[m] = true;
            }
        });
    }

    boolean free(int participant, int slot) {
        return busy[participant * slots + slot] < 0;
    }

    int meetingAt(int participant, int slot) {
        return busy[participant * slots + slot];
    }

    void put(int m, int slot) {
        ForumMeeting meeting = problem.meetings().get(m);
        slotOf[m] = slot;
        busy[meeting.a() * slots + slot] = m;
        busy[meeting.b() * slots + slot] = m;
        used[slot]++;
    }

    void remove(int m) {
        int slot = slotOf[m];
        ForumMeeting meeting = problem.meetings().get(m);
        busy[meeting.a() * slots + slot] = -1;
        busy[meeting.b() * slots + slot] = -1;
        used[slot]--;
        slotOf[m] = -1;
    }

    /** Whether the unplaced meeting fits the slot as things stand. */
    boolean fits(int m, int slot) {
        ForumMeeting meeting = problem.meetings().get(m);
        return used[slot] < problem.tables() && problem.allowed(m, slot) && free(meeting.a(), slot)
                && free(meeting.b(), slot);
    }

    /** Idle gaps of the participant: runs of free slots, among those it is available in, between two meetings. */
    int gaps(int participant) {
        int gaps = 0;
        boolean seen = false;
        boolean idle = false;
        for (int s = 0; s < slots; s++) {
            if (!problem.available(participant, s)) {
                continue;
            }
            if (!free(participant, s)) {
                if (seen && idle) {
                    gaps++;
                }
                seen = true;
                idle = false;
            } else if (seen) {
                idle = true;
            }
        }
        return gaps;
    }

    /** Gaps of the meeting's two participants if it sat in the slot (it is unplaced and fits). */
    private int gapsWith(int m, int slot) {
        put(m, slot);
        ForumMeeting meeting = problem.meetings().get(m);
        int g = gaps(meeting.a()) + gaps(meeting.b());
        remove(m);
        return g;
    }

    /** The heuristic described in the class comment. */
    void fillHeuristically() {
        List<Integer> order = new ArrayList<>();
        int[] options = new int[meetings];
        for (int m = 0; m < meetings; m++) {
            if (!locked[m]) {
                order.add(m);
                for (int s = 0; s < slots; s++) {
                    options[m] += problem.allowed(m, s) ? 1 : 0;
                }
            }
        }
        order.sort(Comparator.<Integer>comparingLong(m -> -problem.meetings().get(m).weight())
                .thenComparingInt(m -> options[m]).thenComparingInt(m -> m));
        for (int m : order) {
            if (!placeBest(m)) {
                repair(m);
            }
        }
        // moving meetings can open room; the last pass leaves no meeting out that fits somewhere
        descend();
        placeLeftovers();
        descend();
        placeLeftovers();
        perturb(Math.min(300, 60_000 / Math.max(1, meetings)));
    }

    /**
     * Escapes the descent's local optimum: moves three random meetings to random slots where they fit, descends
     * again, and keeps the result only when it places more weight or has fewer gaps. Seeded, so it repeats.
     */
    private void perturb(int rounds) {
        Random random = new Random(meetings * 31L + participants);
        List<Integer> movable = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            if (!locked[m]) {
                movable.add(m);
            }
        }
        if (movable.isEmpty()) {
            return;
        }
        long bestWeight = placedWeight();
        int bestGaps = totalGaps();
        int[] best = snapshot();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 3; k++) {
                int m = movable.get(random.nextInt(movable.size()));
                if (slotOf[m] < 0) {
                    continue;
                }
                int from = slotOf[m];
                remove(m);
                List<Integer> options = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    if (s != from && fits(m, s)) {
                        options.add(s);
                    }
                }
                put(m, options.isEmpty() ? from : options.get(random.nextInt(options.size())));
            }
            descend();
            placeLeftovers();
            long weight = placedWeight();
            int gaps = totalGaps();
            if (weight > bestWeight || (weight == bestWeight && gaps < bestGaps)) {
                bestWeight = weight;
                bestGaps = gaps;
                best = snapshot();
            } else {
                restore(best);
            }
        }
    }

    /** Places the meeting where it adds the fewest gaps; false when it fits nowhere. */
    boolean placeBest(int m) {
        int best = -1;
        int bestGaps = Integer.MAX_VALUE;
        for (int s = 0; s < slots; s++) {
            if (fits(m, s)) {
                int g = gapsWith(m, s);
                if (g < bestGaps) {
                    best = s;
                    bestGaps = g;
                }
            }
        }
        if (best >= 0) {
            put(m, best);
        }
        return best >= 0;
    }

    /** Tries each allowed slot: moves one meeting in its way (a participant's, or any of a full slot) elsewhere. */
    private boolean repair(int m) {
        ForumMeeting meeting = problem.meetings().get(m);
        for (int s = 0; s < slots; s++) {
            if (!problem.allowed(m, s)) {
                continue;
            }
            int atA = meetingAt(meeting.a(), s);
            int atB = meetingAt(meeting.b(), s);
            List<Integer> blockers = new ArrayList<>();
            if (atA >= 0 && atB >= 0 && atA != atB) {
                continue;
            }
            if (atA >= 0 || atB >= 0) {
                blockers.add(atA >= 0 ? atA : atB);
            } else if (used[s] >= problem.tables()) {
                for (int other = 0; other < meetings; other++) {
                    if (slotOf[other] == s) {
                        blockers.add(other);
                    }
                }
            }
            for (int blocker : blockers) {
                if (locked[blocker]) {
                    continue;
                }
                remove(blocker);
                if (fits(m, s)) {
                    put(m, s);
                    if (placeBest(blocker)) {
                        return true;
                    }
                    remove(m);
                }
                put(blocker, s);
            }
        }
        return false;
    }

    /** Moves single meetings to other slots while that lowers the gaps of their participants. */
    private void descend() {
        boolean improved = true;
        for (int round = 0; improved && round < 20; round++) {
            improved = false;
            for (int m = 0; m < meetings; m++) {
                if (locked[m] || slotOf[m] < 0) {
                    continue;
                }
                ForumMeeting meeting = problem.meetings().get(m);
                int from = slotOf[m];
                int before = gaps(meeting.a()) + gaps(meeting.b());
                remove(m);
                int best = from;
                int bestGaps = before;
                for (int s = 0; s < slots; s++) {
                    if (s != from && fits(m, s)) {
                        int g = gapsWith(m, s);
                        if (g < bestGaps) {
                            best = s;
                            bestGaps = g;
                        }
                    }
                }
                put(m, best);
                improved |= best != from;
            }
            improved |= swapAll();
        }
    }

    /**
     * Swaps the slots of two meetings of one participant where that lowers the gaps of their other participants
     * (the shared participant's slots stay the same, and so does every slot's number of meetings).
     */
    private boolean swapAll() {
        boolean improved = false;
        for (int p = 0; p < participants; p++) {
            for (int s1 = 0; s1 < slots; s1++) {
                int m1 = meetingAt(p, s1);
                if (m1 < 0 || locked[m1]) {
                    continue;
                }
                for (int s2 = s1 + 1; s2 < slots; s2++) {
                    int m2 = meetingAt(p, s2);
                    if (m2 < 0 || locked[m2] || !problem.allowed(m1, s2) || !problem.allowed(m2, s1)) {
                        continue;
                    }
                    int q = problem.meetings().get(m1).other(p);
                    int r = problem.meetings().get(m2).other(p);
                    if (q == r || !free(q, s2) || !free(r, s1)) {
                        continue;
                    }
                    int before = gaps(q) + gaps(r);
                    remove(m1);
                    remove(m2);
                    put(m1, s2);
                    put(m2, s1);
                    if (gaps(q) + gaps(r) < before) {
                        improved = true;
                        m1 = meetingAt(p, s1);
                    } else {
                        remove(m1);
                        remove(m2);
                        put(m1, s1);
                        put(m2, s2);
                    }
                }
            }
        }
        return improved;
    }

    /** Places every unplaced meeting that fits somewhere (after the solver, which may stop early). */
    void placeLeftovers() {
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] < 0 && !lockConflict[m]) {
                placeBest(m);
            }
        }
    }

    /** A copy of which meeting sits in which slot. */
    int[] snapshot() {
        return slotOf.clone();
    }

    /** Back to a {@link #snapshot}. */
    void restore(int[] saved) {
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0 && !locked[m]) {
                remove(m);
            }
        }
        for (int m = 0; m < meetings; m++) {
            if (saved[m] >= 0 && !locked[m]) {
                put(m, saved[m]);
            }
        }
    }

    int totalGaps() {
        int total = 0;
        for (int p = 0; p < participants; p++) {
            total += gaps(p);
        }
        return total;
    }

    int worstGaps() {
        int worst = 0;
        for (int p = 0; p < participants; p++) {
            worst = Math.max(worst, gaps(p));
        }
        return worst;
    }

    long placedWeight() {
        long w = 0;
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0) {
                w += problem.meetings().get(m).weight();
            }
        }
        return w;
    }

    /**
     * The schedule with tables: locked meetings at theirs; each participant with meetings gets a home table (the
     * busiest first, on the least loaded table), and a meeting takes the home table of one of its participants
     * when that is free in its slot (the busier participant's first), else the lowest free table.
     */
    ForumSchedule finish(int gapLowerBound, boolean placementOptimal, boolean gapsOptimal, ForumSchedule.Method method) {
        int tables = problem.tables();
        int[] count = new int[participants];
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0) {
                count[problem.meetings().get(m).a()]++;
                count[problem.meetings().get(m).b()]++;
            }
        }
        int[] home = new int[participants];
        int[] load = new int[tables];
        Integer[] byCount = new Integer[participants];
        for (int p = 0; p < participants; p++) {
            byCount[p] = p;
        }
        Arrays.sort(byCount, Comparator.<Integer>comparingInt(p -> -count[p]).thenComparingInt(p -> p));
        for (int p : byCount) {
            int t = 0;
            for (int c = 1; c < tables; c++) {
                if (load[c] < load[t]) {
                    t = c;
                }
            }
            home[p] = t;
            load[t] += count[p];
        }
        Map<Integer, Placement> placements = new HashMap<>();
        boolean[] taken = new boolean[slots * tables];
        for (int m = 0; m < meetings; m++) {
            if (locked[m] && slotOf[m] >= 0) {
                Placement p = problem.locked().get(m);
                placements.put(m, p);
                taken[p.slot() * tables + p.table()] = true;
            }
        }
        int atHome = 0;
        List<Integer> rest = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0 && !locked[m]) {
                rest.add(m);
            }
        }
        rest.sort(Comparator.<Integer>comparingInt(m -> -Math.max(count[problem.meetings().get(m).a()],
                count[problem.meetings().get(m).b()])).thenComparingInt(m -> m));
        List<Integer> second = new ArrayList<>();
        for (int m : rest) {
            ForumMeeting meeting = problem.meetings().get(m);
            int host = count[meeting.a()] >= count[meeting.b()] ? meeting.a() : meeting.b();
            int t = -1;
            for (int p : new int[] {host, meeting.other(host)}) {
                if (t < 0 && !taken[slotOf[m] * tables + home[p]]) {
                    t = home[p];
                }
            }
            if (t < 0) {
                second.add(m);
                continue;
            }
            taken[slotOf[m] * tables + t] = true;
            placements.put(m, new Placement(slotOf[m], t));
            atHome++;
        }
        for (int m : second) {
            int t = 0;
            while (taken[slotOf[m] * tables + t]) {
                t++;
            }
            taken[slotOf[m] * tables + t] = true;
            placements.put(m, new Placement(slotOf[m], t));
        }
        for (int m = 0; m < meetings; m++) {
            if (locked[m] && slotOf[m] >= 0) {
                Placement p = placements.get(m);
                ForumMeeting meeting = problem.meetings().get(m);
                atHome += p.table() == home[meeting.a()] || p.table() == home[meeting.b()] ? 1 : 0;
            }
        }
        int[] gaps = new int[participants];
        int total = 0;
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        for (int p = 0; p < participants; p++) {
            gaps[p] = gaps(p);
            total += gaps[p];
            if (count[p] > 0) {
                most = Math.max(most, gaps[p]);
                fewest = Math.min(fewest, gaps[p]);
            }
        }
        boolean[] slotUsed = new boolean[slots];
        int slotsUsed = 0;
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] >= 0 && !slotUsed[slotOf[m]]) {
                slotUsed[slotOf[m]] = true;
                slotsUsed++;
            }
        }
        return new ForumSchedule(placements, unplaced(), slotsUsed, problem.lowerBound(), gaps, total,
                Math.min(gapLowerBound, total), fewest == Integer.MAX_VALUE ? 0 : most - fewest, atHome,
                placementOptimal, gapsOptimal, method);
    }

    private List<UnplacedMeeting> unplaced() {
        List<UnplacedMeeting> out = new ArrayList<>();
        for (int m = 0; m < meetings; m++) {
            if (slotOf[m] < 0) {
                out.add(new UnplacedMeeting(m, reason(m)));
            }
        }
        return out;
    }

    private UnplacedReason reason(int m) {
        if (lockConflict[m]) {
            return UnplacedReason.LOCKED_CONFLICT;
        }
        ForumMeeting meeting = problem.meetings().get(m);
        boolean common = false;
        boolean inWindow = false;
        boolean bothFree = false;
        for (int s = 0; s < slots; s++) {
            if (problem.available(meeting.a(), s) && problem.available(meeting.b(), s)) {
                common = true;
                if (problem.allowed(m, s)) {
                    inWindow = true;
                    bothFree |= free(meeting.a(), s) && free(meeting.b(), s);
                }
            }
        }
        if (!common) {
            return UnplacedReason.NO_COMMON_AVAILABLE_SLOT;
        }
        if (!inWindow) {
            return UnplacedReason.OUTSIDE_WINDOW;
        }
        return bothFree ? UnplacedReason.NO_TABLE_FREE : UnplacedReason.PARTICIPANT_BOOKED;
    }
}

package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random scheduling problems: the same seed always gives the same problem. */
final class RandomScheduleProblems {

    private RandomScheduleProblems() {
    }

    /** Distinct random meetings among up to {@code maxSide} participants per side; {@code slots = lowerBound + extra}. */
    static ScheduleProblem unconstrained(long seed, int maxSide, int extraSlots) {
        Random random = new Random(seed);
        int enterprises = 1 + random.nextInt(maxSide);
        int institutions = 1 + random.nextInt(maxSide);
        int tables = 1 + random.nextInt(8);
        List<Pair> meetings = meetings(random, enterprises, institutions);
        ScheduleProblem probe = ScheduleProblem.of(1, tables, enterprises, institutions, meetings);
        return ScheduleProblem.of(Math.max(1, probe.lowerBound() + extraSlots), tables, enterprises, institutions, meetings);
    }

    /** Like {@link #unconstrained}, with about {@code share} of participants unavailable in some slots. */
    static ScheduleProblem withAvailability(long seed, int maxSide, double share) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        ScheduleProblem base = unconstrained(seed, maxSide, random.nextInt(3));
        return base.withUnavailable(unavailable(random, base.enterprises(), base.slots(), share),
                unavailable(random, base.institutions(), base.slots(), share));
    }

    private static List<Pair> meetings(Random random, int enterprises, int institutions) {
        double density = 0.1 + 0.5 * random.nextDouble();
        List<Pair> meetings = new ArrayList<>();
        for (int e = 0; e < enterprises; e++) {
            for (int i = 0; i < institutions; i++) {
                if (random.nextDouble() < density) {
                    meetings.add(new Pair(e, i));
                }
            }
        }
        java.util.Collections.shuffle(meetings, random);
        return meetings;
    }

    private static Map<Integer, Set<Integer>> unavailable(Random random, int participants, int slots, double share) {
        Map<Integer, Set<Integer>> unavailable = new HashMap<>();
        for (int p = 0; p < participants; p++) {
            if (random.nextDouble() < share) {
                Set<Integer> off = new HashSet<>();
                int count = 1 + random.nextInt(Math.max(1, slots));
                for (int k = 0; k < count; k++) {
                    off.add(random.nextInt(slots));
                }
                unavailable.put(p, off);
            }
        }
        return unavailable;
    }
}

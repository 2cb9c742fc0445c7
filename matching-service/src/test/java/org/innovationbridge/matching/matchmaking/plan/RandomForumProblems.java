package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random forums: any two participants meet, triangles included, some windows and unavailable slots. */
final class RandomForumProblems {

    /** Weight of a must-meet: more than all other meetings of the generated forums together. */
    static final long MUST = 1_000;

    private RandomForumProblems() {
    }

    static ForumProblem generate(long seed, int participants, int meetings, int slots, int tables) {
        Random random = new Random(seed);
        List<ForumMeeting> list = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int morning = slots / 2;
        int tries = 0;
        while (list.size() < meetings && tries++ < 50 * meetings) {
            int a = random.nextInt(participants);
            int b = random.nextInt(participants);
            if (a == b || !seen.add((long) Math.min(a, b) * participants + Math.max(a, b))) {
                continue;
            }
            long weight = random.nextInt(6) == 0 ? MUST : 1 + random.nextInt(3);
            Set<Integer> window = new HashSet<>();
            int pick = random.nextInt(6);
            for (int s = 0; s < slots && pick < 2; s++) {
                if (pick == 0 ? s < morning : s >= morning) {
                    window.add(s);
                }
            }
            list.add(new ForumMeeting(a, b, weight, window));
        }
        Map<Integer, Set<Integer>> off = new HashMap<>();
        for (int p = 0; p < participants; p++) {
            if (random.nextInt(4) == 0) {
                Set<Integer> slotsOff = new HashSet<>();
                int count = 1 + random.nextInt(Math.max(1, slots / 3));
                for (int i = 0; i < count; i++) {
                    slotsOff.add(random.nextInt(slots));
                }
                off.put(p, slotsOff);
            }
        }
        return ForumProblem.of(slots, tables, participants, list).withUnavailable(off);
    }
}

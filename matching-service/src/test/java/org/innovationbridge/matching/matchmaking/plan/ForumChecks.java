package org.innovationbridge.matching.matchmaking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The rules every forum schedule keeps, and the gap count recomputed from the placements alone. */
final class ForumChecks {

    private ForumChecks() {
    }

    static void assertValid(ForumProblem problem, ForumSchedule schedule) {
        Set<Long> participantSlots = new HashSet<>();
        Set<Long> tableSlots = new HashSet<>();
        for (Map.Entry<Integer, Placement> e : schedule.placements().entrySet()) {
            ForumMeeting m = problem.meetings().get(e.getKey());
            Placement p = e.getValue();
            assertThat(p.slot()).as("slot of meeting %d", e.getKey()).isLessThan(problem.slots());
            assertThat(p.table()).as("table of meeting %d", e.getKey()).isLessThan(problem.tables());
            assertThat(problem.available(m.a(), p.slot()) && problem.available(m.b(), p.slot()))
                    .as("meeting %d in an unavailable slot", e.getKey()).isTrue();
            if (!problem.locked().containsKey(e.getKey()) && !m.window().isEmpty()) {
                assertThat(m.window()).as("meeting %d outside its window", e.getKey()).contains(p.slot());
            }
            assertThat(participantSlots.add((long) m.a() * problem.slots() + p.slot()))
                    .as("participant %d twice in slot %d", m.a(), p.slot()).isTrue();
            assertThat(participantSlots.add((long) m.b() * problem.slots() + p.slot()))
                    .as("participant %d twice in slot %d", m.b(), p.slot()).isTrue();
            assertThat(tableSlots.add((long) p.table() * problem.slots() + p.slot()))
                    .as("table %d twice in slot %d", p.table(), p.slot()).isTrue();
        }
        problem.locked().forEach((m, p) -> {
            if (schedule.placements().containsKey(m)) {
                assertThat(schedule.placements().get(m)).as("locked meeting %d moved", m).isEqualTo(p);
            }
        });
        assertThat(schedule.placements().size() + schedule.unplaced().size()).isEqualTo(problem.meetings().size());
        int[] gaps = gaps(problem, schedule.placements());
        assertThat(schedule.gaps()).as("gaps per participant").containsExactly(gaps);
        assertThat(schedule.totalGaps()).isEqualTo(java.util.Arrays.stream(gaps).sum());
        assertThat(schedule.gapLowerBound()).isBetween(0, schedule.totalGaps());
    }

    static int[] gaps(ForumProblem problem, Map<Integer, Placement> placements) {
        boolean[][] busy = new boolean[problem.participants()][problem.slots()];
        placements.forEach((m, p) -> {
            busy[problem.meetings().get(m).a()][p.slot()] = true;
            busy[problem.meetings().get(m).b()][p.slot()] = true;
        });
        int[] gaps = new int[problem.participants()];
        for (int p = 0; p < problem.participants(); p++) {
            int last = -1;
            for (int s = 0; s < problem.slots(); s++) {
                if (busy[p][s]) {
                    // a gap when some slot between this meeting and the last one was free and available
                    boolean idle = false;
                    for (int t = last + 1; last >= 0 && t < s; t++) {
                        idle |= problem.available(p, t);
                    }
                    gaps[p] += idle ? 1 : 0;
                    last = s;
                }
            }
        }
        return gaps;
    }

    static long weight(ForumProblem problem, Map<Integer, Placement> placements) {
        return placements.keySet().stream().mapToLong(m -> problem.meetings().get(m).weight()).sum();
    }
}

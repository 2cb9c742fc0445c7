package org.innovationbridge.matching.matchmaking.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ForumSchedulerTest {

    private static final ForumScheduler.Options OPTIONS = new ForumScheduler.Options(Duration.ofSeconds(10), 2, 1000);

    static LongStream seeds() {
        return LongStream.range(0, 120);
    }

    static LongStream largerSeeds() {
        return LongStream.range(0, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onSmallForumsTheSolverMatchesExhaustiveSearch(long seed) {
        assumeTrue(ForumScheduler.solverAvailable(), "CP-SAT native library");
        int slots = 3 + (int) (seed % 3);
        ForumProblem problem = RandomForumProblems.generate(seed, 5 + (int) (seed % 3), 6 + (int) (seed % 2), slots,
                1 + (int) (seed % 3));
        ForumSchedule schedule = ForumScheduler.schedule(problem, OPTIONS);
        ForumChecks.assertValid(problem, schedule);
        Exhaustive.Best best = Exhaustive.solve(problem);
        assertThat(ForumChecks.weight(problem, schedule.placements())).as("placed weight").isEqualTo(best.weight());
        assertThat(mustMeetsPlaced(problem, schedule)).as("must-meets placed").isEqualTo(best.mustMeets());
        assertThat(schedule.totalGaps()).as("idle gaps").isEqualTo(best.gaps());
        assertThat(schedule.placementOptimal()).isTrue();
        assertThat(schedule.gapsOptimal()).isTrue();
        assertThat(schedule.gapLowerBound()).isEqualTo(best.gaps());
        assertThat(schedule.method()).isEqualTo(ForumSchedule.Method.SOLVER);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theHeuristicKeepsEveryRuleAndPlacesAMustMeetWhereverItFitsAlone(long seed) {
        ForumProblem problem = RandomForumProblems.generate(seed, 12, 24, 8, 3);
        ForumSchedule schedule = ForumScheduler.heuristic(problem);
        ForumChecks.assertValid(problem, schedule);
        assertThat(schedule.method()).isEqualTo(ForumSchedule.Method.HEURISTIC);
        assertThat(schedule.gapsOptimal()).isFalse();
        for (UnplacedMeeting u : schedule.unplaced()) {
            ForumMeeting m = problem.meetings().get(u.meeting());
            for (int s = 0; s < problem.slots(); s++) {
                if (problem.allowed(u.meeting(), s)) {
                    int slot = s;
                    long inSlot = schedule.placements().values().stream().filter(p -> p.slot() == slot).count();
                    boolean bothFree = schedule.placements().entrySet().stream()
                            .filter(e -> e.getValue().slot() == slot)
                            .noneMatch(e -> problem.meetings().get(e.getKey()).involves(m.a())
                                    || problem.meetings().get(e.getKey()).involves(m.b()));
                    assertThat(bothFree && inSlot < problem.tables())
                            .as("meeting %d unplaced although slot %d has room", u.meeting(), s).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("largerSeeds")
    void onLargerForumsTheSolverIsNeverWorseThanTheHeuristic(long seed) {
        assumeTrue(ForumScheduler.solverAvailable(), "CP-SAT native library");
        ForumProblem problem = RandomForumProblems.generate(seed, 24, 60, 10, 5);
        ForumSchedule heuristic = ForumScheduler.heuristic(problem);
        ForumSchedule solved = ForumScheduler.schedule(problem,
                new ForumScheduler.Options(Duration.ofSeconds(1), 2, 1000));
        ForumChecks.assertValid(problem, solved);
        long hw = ForumChecks.weight(problem, heuristic.placements());
        long sw = ForumChecks.weight(problem, solved.placements());
        assertThat(sw).isGreaterThanOrEqualTo(hw);
        if (sw == hw) {
            assertThat(solved.totalGaps()).isLessThanOrEqualTo(heuristic.totalGaps());
        }
        if (solved.gapsOptimal()) {
            assertThat(solved.gapLowerBound()).isEqualTo(solved.totalGaps());
        }
    }

    @Test
    void aTriangleNeedsThreeSlotsAndLeavesOneParticipantOneGap() {
        ForumProblem problem = ForumProblem.of(3, 2, 3,
                List.of(ForumMeeting.of(0, 1), ForumMeeting.of(1, 2), ForumMeeting.of(0, 2)));
        ForumSchedule schedule = ForumScheduler.schedule(problem, OPTIONS);
        ForumChecks.assertValid(problem, schedule);
        assertThat(schedule.placements()).hasSize(3);
        assertThat(schedule.slotsUsed()).isEqualTo(3);
        // whoever meets in the first and the last slot waits in the middle one
        assertThat(schedule.totalGaps()).isEqualTo(1);
        assertThat(schedule.gapsOptimal()).isTrue();
        assertThat(schedule.fairness()).isEqualTo(1);
    }

    @Test
    void lockedMeetingsStayAndWindowsAreKept() {
        ForumProblem problem = ForumProblem.of(6, 1, 4, List.of(
                        new ForumMeeting(0, 1, 1, Set.of(3, 4, 5)),
                        ForumMeeting.of(0, 2),
                        ForumMeeting.of(2, 3)))
                .withLocked(Map.of(1, new Placement(4, 0)));
        ForumSchedule schedule = ForumScheduler.schedule(problem, OPTIONS);
        ForumChecks.assertValid(problem, schedule);
        assertThat(schedule.placements()).containsEntry(1, new Placement(4, 0)).hasSize(3);
        // 0 meets 1 next to its locked meeting, in the afternoon window: no gap for 0
        assertThat(schedule.gaps()[0]).isZero();
        assertThat(schedule.placements().get(0).slot()).isIn(3, 5);
    }

    @Test
    void aMeetingWithoutASlotInItsWindowIsExplained() {
        ForumProblem problem = ForumProblem.of(4, 1, 2, List.of(new ForumMeeting(0, 1, 1, Set.of(0, 1))))
                .withUnavailable(Map.of(0, Set.of(0), 1, Set.of(1)));
        ForumSchedule schedule = ForumScheduler.schedule(problem, OPTIONS);
        assertThat(schedule.unplaced()).containsExactly(new UnplacedMeeting(0, UnplacedReason.OUTSIDE_WINDOW));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> ForumMeeting.of(2, 2)).hasMessageContaining("two participants");
        assertThatThrownBy(() -> ForumProblem.of(3, 1, 2, List.of(ForumMeeting.of(0, 2))))
                .hasMessageContaining("meetings");
        assertThatThrownBy(() -> ForumProblem.of(3, 1, 2, List.of()).withLocked(Map.of(0, new Placement(0, 0))))
                .hasMessageContaining("locked");
    }

    private static long mustMeetsPlaced(ForumProblem problem, ForumSchedule schedule) {
        return schedule.placements().keySet().stream()
                .filter(m -> problem.meetings().get(m).weight() == RandomForumProblems.MUST).count();
    }

    /** Every assignment of each meeting to a slot or to none: the most weight, then the fewest gaps. */
    static final class Exhaustive {

        record Best(long weight, long mustMeets, int gaps) {
        }

        private final ForumProblem problem;
        private final boolean[][] busy;
        private final int[] used;
        private final Map<Integer, Placement> placed = new HashMap<>();
        private long bestWeight = -1;
        private int bestGaps;
        private long bestMust;

        private Exhaustive(ForumProblem problem) {
            this.problem = problem;
            busy = new boolean[problem.participants()][problem.slots()];
            used = new int[problem.slots()];
        }

        static Best solve(ForumProblem problem) {
            Exhaustive e = new Exhaustive(problem);
            e.search(0);
            return new Best(e.bestWeight, e.bestMust, e.bestGaps);
        }

        private void search(int m) {
            if (m == problem.meetings().size()) {
                long w = ForumChecks.weight(problem, placed);
                int g = java.util.Arrays.stream(ForumChecks.gaps(problem, placed)).sum();
                if (w > bestWeight || (w == bestWeight && g < bestGaps)) {
                    bestWeight = w;
                    bestGaps = g;
                    bestMust = placed.keySet().stream()
                            .filter(k -> problem.meetings().get(k).weight() == RandomForumProblems.MUST).count();
                }
                return;
            }
            search(m + 1);
            ForumMeeting meeting = problem.meetings().get(m);
            for (int s = 0; s < problem.slots(); s++) {
                if (problem.allowed(m, s) && !busy[meeting.a()][s] && !busy[meeting.b()][s]
                        && used[s] < problem.tables()) {
                    busy[meeting.a()][s] = true;
                    busy[meeting.b()][s] = true;
                    used[s]++;
                    placed.put(m, new Placement(s, 0));
                    search(m + 1);
                    placed.remove(m);
                    used[s]--;
                    busy[meeting.a()][s] = false;
                    busy[meeting.b()][s] = false;
                }
            }
        }
    }
}

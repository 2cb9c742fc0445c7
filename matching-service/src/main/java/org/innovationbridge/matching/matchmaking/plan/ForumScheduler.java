package org.innovationbridge.matching.matchmaking.plan;

import java.time.Duration;

/**
 * Schedules a forum: any two participants may meet, meetings may be restricted to a window, participants may be
 * unavailable in some slots, locked meetings never move.
 *
 * <p>Objectives in priority order: the most placed weight, then the fewest idle gaps summed over participants,
 * then the fewest gaps of the worst-off participant (the fairness bound); tables are handed out afterwards so that
 * a participant keeps one table where it can. The heuristic of {@link ForumTimetable} runs first and is the
 * answer when the solver is absent or the forum has more than {@link Options#solverMaxMeetings()} meetings; then
 * CP-SAT in up to three phases within the time limit (placement, skipped when the heuristic placed everything;
 * gaps with the placed weight fixed; the worst participant's gaps with the total fixed), each phase starting from
 * the best schedule so far, so the result is never worse than the heuristic's.
 */
public final class ForumScheduler {

    /**
     * Solver settings.
     *
     * @param timeLimit         the solver's time for all phases together
     * @param workers           solver threads
     * @param solverMaxMeetings larger forums are planned by the heuristic only
     */
    public record Options(Duration timeLimit, int workers, int solverMaxMeetings) {

        public static final Options DEFAULT = new Options(Duration.ofSeconds(5), 2, 1000);

        public Options {
            if (timeLimit.isNegative() || workers < 1 || solverMaxMeetings < 0) {
                throw new IllegalArgumentException("timeLimit must be >= 0, workers >= 1, solverMaxMeetings >= 0");
            }
        }
    }

    private ForumScheduler() {
    }

    /** Whether CP-SAT's native library loads on this machine. */
    public static boolean solverAvailable() {
        return ForumSolver.available();
    }

    /** The heuristic alone. */
    public static ForumSchedule heuristic(ForumProblem problem) {
        ForumTimetable table = new ForumTimetable(problem);
        table.fillHeuristically();
        return table.finish(0, table.placedWeight() == placeableWeight(table), false, ForumSchedule.Method.HEURISTIC);
    }

    /** The schedule described above. */
    public static ForumSchedule schedule(ForumProblem problem, Options options) {
        long deadline = System.nanoTime() + options.timeLimit().toNanos();
        ForumTimetable table = new ForumTimetable(problem);
        table.fillHeuristically();
        long all = placeableWeight(table);
        boolean placementOptimal = table.placedWeight() == all;
        if (problem.meetings().size() > options.solverMaxMeetings() || !ForumSolver.available()) {
            return table.finish(0, placementOptimal, false, ForumSchedule.Method.HEURISTIC);
        }
        ForumSolver solver = new ForumSolver(table, options.workers());
        boolean solved = false;
        if (!placementOptimal) {
            int[] before = table.snapshot();
            long heuristicWeight = table.placedWeight();
            ForumSolver.Outcome placed = solver.maximisePlacement(0.5 * seconds(deadline));
            if (placed.found() && table.placedWeight() >= heuristicWeight) {
                solved = true;
                placementOptimal = placed.optimal();
            }
            // no more weight: the heuristic's schedule is the better start for the gaps
            if (!placed.found() || table.placedWeight() <= heuristicWeight) {
                table.restore(before);
            }
        }
        long weight = table.placedWeight();
        int gapBound = 0;
        boolean gapsOptimal = false;
        int[] before = table.snapshot();
        int heuristicGaps = table.totalGaps();
        ForumSolver.Outcome gaps = solver.minimiseGaps(weight, 0.8 * seconds(deadline));
        if (gaps.found() && table.totalGaps() <= heuristicGaps && table.placedWeight() >= weight) {
            solved = true;
            gapBound = Math.max(0, (int) Math.ceil(gaps.bound() - 1e-6));
            gapsOptimal = placementOptimal && gaps.optimal();
            int total = table.totalGaps();
            double left = seconds(deadline);
            if (left > 0.1) {
                int[] kept = table.snapshot();
                int worst = table.worstGaps();
                ForumSolver.Outcome fair = solver.minimiseWorstGaps(weight, total, left);
                if (!fair.found() || table.worstGaps() > worst || table.totalGaps() > total) {
                    table.restore(kept);
                }
            }
        } else {
            table.restore(before);
        }
        if (!placementOptimal) {
            table.placeLeftovers();
        }
        return table.finish(placementOptimal ? gapBound : 0, placementOptimal, gapsOptimal,
                solved ? ForumSchedule.Method.SOLVER : ForumSchedule.Method.HEURISTIC);
    }

    private static double seconds(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1e9);
    }

    /** The weight of every meeting that is not in conflict with a locked one: what placement could reach. */
    private static long placeableWeight(ForumTimetable table) {
        long w = 0;
        for (int m = 0; m < table.meetings; m++) {
            if (!table.lockConflict[m]) {
                w += table.problem.meetings().get(m).weight();
            }
        }
        return w;
    }
}

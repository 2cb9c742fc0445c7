package org.innovationbridge.matching.matchmaking.plan;

/**
 * Puts meetings into slots and tables.
 *
 * <p>Without availability limits, locks or a previous schedule, and when {@code lowerBound <= slots}, every
 * meeting is placed in exactly {@link ScheduleProblem#lowerBound()} slots (an equitable bipartite edge
 * colouring). Otherwise the result is a heuristic: as many meetings as it can find room for, every other one
 * listed with its reason. Locked meetings never move; a re-plan keeps every still-valid previous placement.
 * Tables: an enterprise keeps one table across its slots where no other enterprise of that slot holds it.
 */
public final class Scheduler {

    private Scheduler() {
    }

    /** The schedule described above. */
    public static Schedule schedule(ScheduleProblem problem) {
        throw new UnsupportedOperationException("scheduling follows in the next commit");
    }

    /**
     * The baseline: meetings in list order, each into the first slot where both participants are available and
     * free and a table is free.
     */
    public static Schedule greedy(ScheduleProblem problem) {
        throw new UnsupportedOperationException("greedy scheduling follows in the next commit");
    }
}

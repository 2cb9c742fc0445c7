package org.innovationbridge.matching.matchmaking.plan;

/**
 * Puts meetings into slots and tables.
 *
 * <p>Without availability limits, locks or a previous schedule, and when {@code lowerBound <= slots}, every
 * meeting is placed in exactly {@link ScheduleProblem#lowerBound()} slots (an equitable bipartite edge
 * colouring). Otherwise the result is a heuristic: as many meetings as it can find room for, every other one
 * listed with its reason. Locked meetings never move. A re-plan keeps every still-valid previous placement
 * (slot and table), except that a kept meeting may change slot when that is the only way found to place
 * another meeting: at most one move per additionally placed meeting.
 * Tables: an enterprise keeps one table across its slots where no other enterprise of that slot holds it.
 *
 * <p>The heuristic: locked meetings first, then every still-valid previous placement, then the rest seeded by
 * the same equitable colouring (colour classes mapped to slots by a maximum-weight assignment of how many of a
 * class's meetings fit in each slot), then a repair that places each leftover meeting directly or by moving one
 * blocking meeting to another slot. The result is never worse (fewer placed, or as many placed with more moves)
 * than {@link #greedy}.
 */
public final class Scheduler {

    private Scheduler() {
    }

    /** The schedule described above. */
    public static Schedule schedule(ScheduleProblem problem) {
        Schedule smart = new Timetable(problem).plan(true);
        if (smart.unplaced().isEmpty() && smart.moved() == 0) {
            return smart;
        }
        // A heuristic run can lose to first-fit on odd instances; the baseline is cheap, so keep the better.
        Schedule baseline = greedy(problem);
        boolean baselineBetter = baseline.unplaced().size() < smart.unplaced().size()
                || (baseline.unplaced().size() == smart.unplaced().size() && baseline.moved() < smart.moved());
        return baselineBetter ? baseline : smart;
    }

    /**
     * The baseline: locked and still-valid previous meetings as in {@link #schedule}, then the others in list
     * order, each into the first slot where both participants are available and free and a table is free.
     */
    public static Schedule greedy(ScheduleProblem problem) {
        return new Timetable(problem).plan(false);
    }
}

package org.innovationbridge.matching.matchmaking.plan;

import java.util.List;
import java.util.Map;

/**
 * A forum timetable and how good it is.
 *
 * @param placements     meeting index → slot and table
 * @param unplaced       every meeting without a placement, with its reason
 * @param slotsUsed      distinct slots holding a meeting
 * @param lowerBound     {@link ForumProblem#lowerBound()}
 * @param gaps           idle gaps per participant: runs of free slots (among those it is available in) between
 *                       two of its meetings
 * @param totalGaps      the sum of {@code gaps}
 * @param gapLowerBound  no schedule placing as much weight has fewer gaps (proven by the solver; 0 when nothing
 *                       was proven)
 * @param fairness       most minus fewest gaps over the participants with a meeting
 * @param atHomeTable    meetings at the table one of their participants holds all day
 * @param placementOptimal no schedule places more weight (proven)
 * @param gapsOptimal    {@code placementOptimal} and no schedule of that weight has fewer gaps (proven)
 * @param method         how the schedule was found
 */
public record ForumSchedule(Map<Integer, Placement> placements, List<UnplacedMeeting> unplaced, int slotsUsed,
        int lowerBound, int[] gaps, int totalGaps, int gapLowerBound, int fairness, int atHomeTable,
        boolean placementOptimal, boolean gapsOptimal, Method method) {

    /** How a schedule was found. */
    public enum Method {
        /** CP-SAT, within its time limit. */
        SOLVER,
        /** The heuristic: the solver is absent, the instance too large for it, or it found nothing in time. */
        HEURISTIC
    }

    public ForumSchedule {
        placements = Map.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        gaps = gaps.clone();
    }

    /** The share of the gap bound still open: {@code (totalGaps − gapLowerBound) / totalGaps}, 0 when proven. */
    public double remainingGap() {
        return totalGaps == 0 ? 0 : (double) (totalGaps - gapLowerBound) / totalGaps;
    }
}

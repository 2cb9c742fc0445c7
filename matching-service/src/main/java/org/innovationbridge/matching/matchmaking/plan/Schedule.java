package org.innovationbridge.matching.matchmaking.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A timetable of meetings.
 *
 * @param placements meeting index → its slot and table; no participant and no table twice in one slot
 * @param unplaced   every meeting without a placement, with its reason, by meeting index
 * @param slotsUsed  number of distinct slots holding at least one meeting
 * @param lowerBound {@link ScheduleProblem#lowerBound()}: the fewest slots any schedule of all meetings needs
 * @param moved      meetings with a previous placement that now sit elsewhere or nowhere ({@code 0} when not
 *                   re-planning)
 */
public record Schedule(Map<Integer, Placement> placements, List<UnplacedMeeting> unplaced, int slotsUsed,
        int lowerBound, int moved) {

    public Schedule {
        placements = Map.copyOf(placements);
        unplaced = List.copyOf(unplaced);
    }

    /** Where the meeting takes place, or empty when it is unplaced. */
    public Optional<Placement> placement(int meeting) {
        return Optional.ofNullable(placements.get(meeting));
    }
}

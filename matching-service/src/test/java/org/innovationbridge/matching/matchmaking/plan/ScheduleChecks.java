package org.innovationbridge.matching.matchmaking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What every schedule must satisfy, whatever the method. */
final class ScheduleChecks {

    private ScheduleChecks() {
    }

    static void assertValid(ScheduleProblem problem, Schedule schedule) {
        Set<String> busy = new HashSet<>();
        Map<Integer, Integer> perSlot = new HashMap<>();
        for (Map.Entry<Integer, Placement> entry : schedule.placements().entrySet()) {
            int m = entry.getKey();
            Placement p = entry.getValue();
            Pair meeting = problem.meetings().get(m);
            assertThat(p.slot()).as("slot of meeting %d", m).isLessThan(problem.slots());
            assertThat(p.table()).as("table of meeting %d", m).isLessThan(problem.tables());
            assertThat(busy.add("e" + meeting.enterprise() + "@" + p.slot())).as("enterprise %d twice in slot %d",
                    meeting.enterprise(), p.slot()).isTrue();
            assertThat(busy.add("i" + meeting.institution() + "@" + p.slot())).as("institution %d twice in slot %d",
                    meeting.institution(), p.slot()).isTrue();
            assertThat(busy.add("t" + p.table() + "@" + p.slot())).as("table %d twice in slot %d",
                    p.table(), p.slot()).isTrue();
            assertThat(problem.available(Side.ENTERPRISE, meeting.enterprise(), p.slot())).as("enterprise available")
                    .isTrue();
            assertThat(problem.available(Side.INSTITUTION, meeting.institution(), p.slot())).as("institution available")
                    .isTrue();
            perSlot.merge(p.slot(), 1, Integer::sum);
            if (problem.locked().containsKey(m)) {
                assertThat(p).as("locked meeting %d stays put", m).isEqualTo(problem.locked().get(m));
            }
        }
        Set<Integer> unplaced = new HashSet<>();
        for (UnplacedMeeting u : schedule.unplaced()) {
            assertThat(unplaced.add(u.meeting())).as("meeting %d listed once", u.meeting()).isTrue();
            assertThat(schedule.placements()).as("unplaced meeting has no placement").doesNotContainKey(u.meeting());
            assertReasonHolds(problem, schedule, u);
        }
        assertThat(schedule.placements().size() + unplaced.size()).as("every meeting placed or listed")
                .isEqualTo(problem.meetings().size());
        assertThat(schedule.slotsUsed()).isEqualTo(perSlot.size());
        assertThat(schedule.lowerBound()).isEqualTo(problem.lowerBound());
        int moved = 0;
        for (Map.Entry<Integer, Placement> previous : problem.previous().entrySet()) {
            moved += previous.getValue().equals(schedule.placements().get(previous.getKey())) ? 0 : 1;
        }
        assertThat(schedule.moved()).as("moved count").isEqualTo(moved);
    }

    private static void assertReasonHolds(ScheduleProblem problem, Schedule schedule, UnplacedMeeting u) {
        Pair meeting = problem.meetings().get(u.meeting());
        Set<Integer> enterpriseBusy = new HashSet<>();
        Set<Integer> institutionBusy = new HashSet<>();
        Map<Integer, Integer> perSlot = new HashMap<>();
        schedule.placements().forEach((m, p) -> {
            Pair other = problem.meetings().get(m);
            if (other.enterprise() == meeting.enterprise()) {
                enterpriseBusy.add(p.slot());
            }
            if (other.institution() == meeting.institution()) {
                institutionBusy.add(p.slot());
            }
            perSlot.merge(p.slot(), 1, Integer::sum);
        });
        for (int s = 0; s < problem.slots(); s++) {
            boolean e = problem.available(Side.ENTERPRISE, meeting.enterprise(), s);
            boolean i = problem.available(Side.INSTITUTION, meeting.institution(), s);
            boolean free = e && i && !enterpriseBusy.contains(s) && !institutionBusy.contains(s);
            switch (u.reason()) {
                case ENTERPRISE_UNAVAILABLE -> assertThat(e).as("enterprise unavailable in slot %d", s).isFalse();
                case INSTITUTION_UNAVAILABLE -> assertThat(i).as("institution unavailable in slot %d", s).isFalse();
                case NO_COMMON_AVAILABLE_SLOT -> assertThat(e && i).as("no common slot, slot %d", s).isFalse();
                case PARTICIPANT_BOOKED -> assertThat(free).as("someone booked in slot %d", s).isFalse();
                case NO_TABLE_FREE -> {
                    if (free) {
                        assertThat(perSlot.getOrDefault(s, 0)).as("slot %d full", s).isEqualTo(problem.tables());
                    }
                }
                case LOCKED_CONFLICT -> assertThat(problem.locked()).containsKey(u.meeting());
            }
        }
    }
}

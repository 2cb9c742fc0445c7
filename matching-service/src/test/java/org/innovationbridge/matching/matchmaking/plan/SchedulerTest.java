package org.innovationbridge.matching.matchmaking.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchedulerTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutLimitsEveryMeetingFitsInExactlyTheLowerBound(long seed) {
        ScheduleProblem problem = RandomScheduleProblems.unconstrained(seed, 25, (int) (seed % 3));
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.unplaced()).isEmpty();
        assertThat(schedule.slotsUsed()).isEqualTo(problem.meetings().isEmpty() ? 0 : problem.lowerBound());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withTooFewSlotsAsManyAsTheSlotsHoldArePlacedAndTheRestExplained(long seed) {
        ScheduleProblem exact = RandomScheduleProblems.unconstrained(seed, 25, 0);
        int slots = Math.max(1, exact.lowerBound() - 1 - (int) (seed % 2));
        ScheduleProblem problem = ScheduleProblem.of(slots, exact.tables(), exact.enterprises(), exact.institutions(),
                exact.meetings());
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.placements().size()).isGreaterThanOrEqualTo(Scheduler.greedy(problem).placements().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withAvailabilityLimitsEveryRuleHoldsAndGreedyIsMatched(long seed) {
        ScheduleProblem problem = RandomScheduleProblems.withAvailability(seed, 25, 0.3);
        Schedule schedule = Scheduler.schedule(problem);
        Schedule greedy = Scheduler.greedy(problem);
        ScheduleChecks.assertValid(problem, schedule);
        ScheduleChecks.assertValid(problem, greedy);
        assertThat(schedule.placements().size()).isGreaterThanOrEqualTo(greedy.placements().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void cancellingAParticipantMovesOnlyToPlaceMoreMeetings(long seed) {
        ScheduleProblem before = RandomScheduleProblems.withAvailability(seed, 25, 0.2);
        Schedule first = Scheduler.schedule(before);
        int cancelled = new Random(seed).nextInt(before.enterprises());
        List<Pair> meetings = new ArrayList<>();
        Map<Integer, Placement> previous = new HashMap<>();
        for (int m = 0; m < before.meetings().size(); m++) {
            if (before.meetings().get(m).enterprise() != cancelled) {
                first.placement(m).ifPresent(p -> previous.put(meetings.size(), p));
                meetings.add(before.meetings().get(m));
            }
        }
        ScheduleProblem after = new ScheduleProblem(before.slots(), before.tables(), before.enterprises(),
                before.institutions(), meetings, before.enterpriseUnavailable(), before.institutionUnavailable(),
                Map.of(), Map.of(), previous);
        Schedule replanned = Scheduler.schedule(after);
        ScheduleChecks.assertValid(after, replanned);
        // Everything stays unless a kept meeting steps aside so that a so far unplaced one fits: one move each.
        int gained = replanned.placements().size() - previous.size();
        assertThat(gained).isNotNegative();
        assertThat(replanned.moved()).isLessThanOrEqualTo(gained);
        long stayed = previous.entrySet().stream()
                .filter(e -> replanned.placement(e.getKey()).filter(e.getValue()::equals).isPresent()).count();
        assertThat(stayed).isEqualTo(previous.size() - replanned.moved());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lockedMeetingsNeverMoveAndALateAdditionCostsAtMostOneMove(long seed) {
        ScheduleProblem before = RandomScheduleProblems.unconstrained(seed, 20, 0);
        Schedule first = Scheduler.schedule(before);
        Random random = new Random(seed);
        Map<Integer, Placement> locked = new HashMap<>();
        first.placements().forEach((m, p) -> {
            if (random.nextDouble() < 0.3) {
                locked.put(m, p);
            }
        });
        List<Pair> meetings = new ArrayList<>(before.meetings());
        Set<Pair> existing = new HashSet<>(meetings);
        Pair late = new Pair(random.nextInt(before.enterprises()), random.nextInt(before.institutions()));
        if (!existing.contains(late)) {
            meetings.add(late);
        }
        Map<Integer, Placement> previous = new HashMap<>(first.placements());
        ScheduleProblem after = new ScheduleProblem(before.slots(), before.tables(), before.enterprises(),
                before.institutions(), meetings, Map.of(), Map.of(), Map.of(), locked, previous);
        Schedule replanned = Scheduler.schedule(after);
        ScheduleChecks.assertValid(after, replanned);
        assertThat(replanned.unplaced()).noneMatch(u -> u.reason() == UnplacedReason.LOCKED_CONFLICT);
        locked.forEach((m, p) -> assertThat(replanned.placement(m)).contains(p));
        assertThat(replanned.moved()).isLessThanOrEqualTo(meetings.size() - before.meetings().size());
    }

    @Test
    void anEnterpriseKeepsItsTableWhenThereAreEnoughTables() {
        List<Pair> meetings = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            for (int i = 0; i < 5; i++) {
                meetings.add(new Pair(e, i));
            }
        }
        ScheduleProblem problem = ScheduleProblem.of(6, 4, 4, 5, meetings).withPreferredTables(Map.of(2, 0));
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.slotsUsed()).isEqualTo(5);
        assertThat(schedule.lowerBound()).isEqualTo(5);
        for (int e = 0; e < 4; e++) {
            Set<Integer> tablesOfE = new HashSet<>();
            for (int m = 0; m < meetings.size(); m++) {
                if (meetings.get(m).enterprise() == e) {
                    tablesOfE.add(schedule.placement(m).orElseThrow().table());
                }
            }
            assertThat(tablesOfE).as("tables of enterprise %d", e).hasSize(1);
            if (e == 2) {
                assertThat(tablesOfE).containsExactly(0);
            }
        }
    }

    @Test
    void cancellationKeepsEveryOtherMeetingInPlace() {
        // Three enterprises each meet institutions 0..2 in a 3 × 3 Latin square; enterprise 1 cancels.
        List<Pair> meetings = List.of(new Pair(0, 0), new Pair(0, 1), new Pair(0, 2), new Pair(2, 0), new Pair(2, 1),
                new Pair(2, 2));
        Map<Integer, Placement> previous = Map.of(0, new Placement(0, 0), 1, new Placement(1, 0), 2,
                new Placement(2, 0), 3, new Placement(2, 2), 4, new Placement(0, 2), 5, new Placement(1, 2));
        ScheduleProblem problem = ScheduleProblem.of(3, 3, 3, 3, meetings).withPrevious(previous);
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.placements()).isEqualTo(previous);
        assertThat(schedule.moved()).isZero();
    }

    @Test
    void aLateAdditionMovesOneUnlockedMeetingAndNeverALockedOne() {
        // One slot pair, one table: 0-0 sits in slot 0, 1-1 in slot 1. The late 0-1 fits only if something moves,
        // and with a third slot 1-1 can go there; 0-0 is locked.
        List<Pair> meetings = List.of(new Pair(0, 0), new Pair(1, 1), new Pair(0, 1));
        Map<Integer, Placement> previous = Map.of(0, new Placement(0, 0), 1, new Placement(1, 0));
        ScheduleProblem problem = new ScheduleProblem(3, 1, 2, 2, meetings,
                Map.of(0, Set.of(2)), Map.of(), Map.of(), Map.of(0, new Placement(0, 0)), previous);
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.unplaced()).isEmpty();
        assertThat(schedule.placement(0)).contains(new Placement(0, 0));
        assertThat(schedule.placement(2)).contains(new Placement(1, 0));
        assertThat(schedule.placement(1)).contains(new Placement(2, 0));
        assertThat(schedule.moved()).isEqualTo(1);
    }

    @Test
    void unplacedMeetingsNameTheirReason() {
        // Slots 0..1, one table.
        List<Pair> meetings = List.of(
                new Pair(0, 0), // enterprise 0 unavailable in both slots
                new Pair(1, 1), // institution 1 unavailable in both slots
                new Pair(2, 2), // enterprise 2 only slot 0, institution 2 only slot 1
                new Pair(3, 3), // locked to slot 0, table 0
                new Pair(4, 3), // locked to the same place: conflict
                new Pair(3, 4), // only slot 0 is possible for institution 4, where 3-3 is locked
                new Pair(5, 5)); // takes the last table in slot 1
        ScheduleProblem problem = new ScheduleProblem(2, 1, 6, 6, meetings,
                Map.of(0, Set.of(0, 1), 2, Set.of(1)),
                Map.of(1, Set.of(0, 1), 2, Set.of(0), 4, Set.of(1)),
                Map.of(), Map.of(3, new Placement(0, 0), 4, new Placement(0, 0)), Map.of());
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.placements()).containsOnlyKeys(3, 6);
        assertThat(schedule.unplaced()).containsExactly(
                new UnplacedMeeting(0, UnplacedReason.ENTERPRISE_UNAVAILABLE),
                new UnplacedMeeting(1, UnplacedReason.INSTITUTION_UNAVAILABLE),
                new UnplacedMeeting(2, UnplacedReason.NO_COMMON_AVAILABLE_SLOT),
                new UnplacedMeeting(4, UnplacedReason.LOCKED_CONFLICT),
                new UnplacedMeeting(5, UnplacedReason.PARTICIPANT_BOOKED));
    }

    @Test
    void fullTablesAreTheReasonWhenEveryoneIsFree() {
        ScheduleProblem problem = ScheduleProblem.of(1, 2, 3, 3, List.of(new Pair(0, 0), new Pair(1, 1), new Pair(2, 2)));
        Schedule schedule = Scheduler.schedule(problem);
        ScheduleChecks.assertValid(problem, schedule);
        assertThat(schedule.lowerBound()).isEqualTo(2);
        assertThat(schedule.unplaced()).singleElement().extracting(UnplacedMeeting::reason)
                .isEqualTo(UnplacedReason.NO_TABLE_FREE);
    }

    @Test
    void unavailableSlotsOutsideTheEventAreDropped() {
        ScheduleProblem problem = ScheduleProblem.of(2, 1, 1, 1, List.of(new Pair(0, 0)))
                .withUnavailable(Map.of(0, Set.of(0, 2, -1)), Map.of(0, Set.of(5)));
        assertThat(problem.enterpriseUnavailable()).isEqualTo(Map.of(0, Set.of(0)));
        assertThat(problem.institutionUnavailable()).isEmpty();
        assertThat(Scheduler.schedule(problem).placement(0)).contains(new Placement(1, 0));
        assertThat(ScheduleProblem.of(2, 1, 1, 1, List.of()).withUnavailable(Map.of(0, Set.of(3)), Map.of())
                .hasAvailabilityLimits()).isFalse();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> ScheduleProblem.of(0, 1, 1, 1, List.of())).hasMessageContaining("slots");
        assertThatThrownBy(() -> ScheduleProblem.of(1, 1, 1, 1, List.of(new Pair(0, 1))))
                .hasMessageContaining("meetings: institution index 1");
        assertThatThrownBy(() -> ScheduleProblem.of(1, 1, 1, 1, List.of(new Pair(0, 0)))
                .withLocked(Map.of(1, new Placement(0, 0)))).hasMessageContaining("locked: index 1");
        assertThatThrownBy(() -> ScheduleProblem.of(1, 2, 1, 1, List.of()).withPreferredTables(Map.of(0, 2)))
                .hasMessageContaining("preferredTables: table 2");
        assertThatThrownBy(() -> new Placement(-1, 0)).hasMessageContaining("slot");
    }
}

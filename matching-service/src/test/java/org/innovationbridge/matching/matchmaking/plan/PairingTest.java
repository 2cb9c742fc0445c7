package org.innovationbridge.matching.matchmaking.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PairingTest {

    static LongStream smallSeeds() {
        return LongStream.range(0, 400);
    }

    static LongStream largeSeeds() {
        return LongStream.range(1000, 1100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("smallSeeds")
    void optimalEqualsBruteForceOptimumAndBeatsGreedy(long seed) {
        PairingProblem problem = RandomPairingProblems.generate(seed, 4, 0.6);
        PairingResult optimal = Pairing.optimal(problem);
        PairingResult greedy = Pairing.greedy(problem);
        PairingChecks.assertValid(problem, optimal);
        PairingChecks.assertValid(problem, greedy);

        PairingChecks.Objective best = BruteForce.best(problem);
        PairingChecks.Objective found = PairingChecks.objective(problem, optimal.meetings());
        assertThat(found.compare(best, 1e-6)).as("optimal %s vs brute force %s", found, best).isZero();
        assertThat(found.compare(PairingChecks.objective(problem, greedy.meetings()), 1e-6)).isNotNegative();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("largeSeeds")
    void largeInstancesKeepEveryLimitAndBeatGreedy(long seed) {
        PairingProblem problem = RandomPairingProblems.generate(seed, 60, 0.15);
        PairingResult optimal = Pairing.optimal(problem);
        PairingResult greedy = Pairing.greedy(problem);
        PairingChecks.assertValid(problem, optimal);
        PairingChecks.assertValid(problem, greedy);
        assertThat(PairingChecks.objective(problem, optimal.meetings())
                .compare(PairingChecks.objective(problem, greedy.meetings()), 1e-6)).isNotNegative();
    }

    @Test
    void anEventFullOfAcceptedRequestsIsStillSolved() {
        // Every candidate is also a request and everyone has a minimum: the priority bonuses are at their largest.
        java.util.Random random = new java.util.Random(7);
        List<Candidate> candidates = new ArrayList<>();
        Set<Pair> seen = new HashSet<>();
        while (candidates.size() < 3000) {
            Pair p = new Pair(random.nextInt(600), random.nextInt(400));
            if (seen.add(p)) {
                candidates.add(new Candidate(p.enterprise(), p.institution(), random.nextDouble()));
            }
        }
        PairingProblem problem = new PairingProblem(limits(600, 1, 3), limits(400, 2, 6), candidates, List.of(),
                List.copyOf(seen), List.of(), 12, 75);
        PairingResult optimal = Pairing.optimal(problem);
        PairingResult greedy = Pairing.greedy(problem);
        PairingChecks.assertValid(problem, optimal);
        assertThat(optimal.meetings()).hasSize(900);
        assertThat(PairingChecks.objective(problem, optimal.meetings())
                .compare(PairingChecks.objective(problem, greedy.meetings()), 1e-6)).isNotNegative();
    }

    @Test
    void withoutMinimumsOrPrioritiesOptimalScoreIsAtLeastGreedy() {
        // Greedy takes 0-0 (10) and blocks both 0-1 and 1-0; the optimum pairs 0-1 and 1-0 (9 + 9).
        PairingProblem problem = PairingProblem.ranked(limits(2, 0, 1), limits(2, 0, 1),
                List.of(new Candidate(0, 0, 10), new Candidate(0, 1, 9), new Candidate(1, 0, 9)), 3, 5);
        assertThat(Pairing.greedy(problem).totalScore()).isEqualTo(10);
        PairingResult optimal = Pairing.optimal(problem);
        assertThat(optimal.totalScore()).isEqualTo(18);
        assertThat(optimal.meetings()).extracting(PairedMeeting::pair)
                .containsExactly(new Pair(0, 1), new Pair(1, 0));
    }

    @Test
    void minimumsComeBeforeScore() {
        // Enterprise 1 wants one meeting; it can only have one if enterprise 0 gives up the better pair.
        PairingProblem problem = PairingProblem.ranked(List.of(new MeetingLimits(0, 1), new MeetingLimits(1, 1)),
                List.of(new MeetingLimits(0, 1)),
                List.of(new Candidate(0, 0, 5), new Candidate(1, 0, 1)), 4, 4);
        PairingResult optimal = Pairing.optimal(problem);
        assertThat(optimal.meetings()).extracting(PairedMeeting::pair).containsExactly(new Pair(1, 0));
        assertThat(optimal.shortfalls()).isEmpty();
        assertThat(Pairing.greedy(problem).shortfalls())
                .containsExactly(new MinShortfall(Side.ENTERPRISE, 1, 1, 0));
    }

    @Test
    void mustMeetsAndRequestsComeFirstEvenWithoutACandidateScore() {
        PairingProblem problem = new PairingProblem(limits(2, 0, 1), limits(2, 0, 1),
                List.of(new Candidate(0, 0, 9), new Candidate(1, 1, 9)),
                List.of(new Pair(0, 1)), List.of(new Pair(1, 0)), List.of(), 2, 2);
        PairingResult optimal = Pairing.optimal(problem);
        assertThat(optimal.meetings()).containsExactly(
                new PairedMeeting(0, 1, 0, MeetingSource.MUST_MEET),
                new PairedMeeting(1, 0, 0, MeetingSource.REQUEST));
        assertThat(optimal.totalScore()).isZero();
        assertThat(optimal.unhonoured()).isEmpty();
    }

    @Test
    void blockedAndImpossiblePrioritiesAreReportedWithReasons() {
        PairingProblem problem = new PairingProblem(limits(3, 0, 1), limits(2, 0, 1),
                List.of(new Candidate(2, 1, 3)),
                List.of(new Pair(0, 0), new Pair(1, 0), new Pair(2, 1)), List.of(new Pair(0, 1)),
                List.of(new Pair(2, 1)), 1, 5);
        // Must-meets 0-0 and 1-0 compete for institution 0; giving it to enterprise 1 leaves room for the request 0-1.
        PairingResult optimal = Pairing.optimal(problem);
        assertThat(optimal.meetings()).containsExactly(
                new PairedMeeting(1, 0, 0, MeetingSource.MUST_MEET),
                new PairedMeeting(0, 1, 0, MeetingSource.REQUEST));
        assertThat(optimal.unhonoured()).containsExactly(
                new UnhonouredPair(0, 0, MeetingSource.MUST_MEET, UnhonouredReason.ENTERPRISE_AT_MAX),
                new UnhonouredPair(2, 1, MeetingSource.MUST_MEET, UnhonouredReason.BLOCKED));
        PairingChecks.assertValid(problem, optimal);
    }

    @Test
    void eventCapacityLimitsTheMeetings() {
        PairingProblem problem = new PairingProblem(limits(3, 0, 2), limits(3, 0, 2), List.of(),
                List.of(new Pair(0, 0), new Pair(1, 1), new Pair(2, 2)), List.of(), List.of(), 2, 1);
        PairingResult optimal = Pairing.optimal(problem);
        assertThat(optimal.meetings()).hasSize(2);
        assertThat(optimal.unhonoured()).singleElement()
                .extracting(UnhonouredPair::reason).isEqualTo(UnhonouredReason.EVENT_FULL);
    }

    @Test
    void maximumIsCappedBySlots() {
        PairingProblem problem = PairingProblem.ranked(List.of(new MeetingLimits(5, 9)), limits(4, 0, 1),
                List.of(new Candidate(0, 0, 1), new Candidate(0, 1, 1), new Candidate(0, 2, 1), new Candidate(0, 3, 1)),
                2, 10);
        PairingResult optimal = Pairing.optimal(problem);
        assertThat(optimal.meetings()).hasSize(2);
        assertThat(optimal.shortfalls()).isEmpty();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new MeetingLimits(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxMeetings");
        assertThatThrownBy(() -> new Candidate(0, 0, Double.NaN)).hasMessageContaining("score");
        assertThatThrownBy(() -> new Candidate(0, 0, -1)).hasMessageContaining("score");
        assertThatThrownBy(() -> PairingProblem.ranked(limits(1, 0, 1), limits(1, 0, 1),
                List.of(new Candidate(0, 3, 1)), 1, 1)).hasMessageContaining("candidates: institution index 3");
        assertThatThrownBy(() -> new PairingProblem(limits(1, 0, 1), limits(1, 0, 1), List.of(),
                List.of(new Pair(2, 0)), List.of(), List.of(), 1, 1)).hasMessageContaining("mustMeets: enterprise index 2");
        assertThatThrownBy(() -> PairingProblem.ranked(List.of(), List.of(), List.of(), 0, 1))
                .hasMessageContaining("slots");
    }

    private static List<MeetingLimits> limits(int count, int min, int max) {
        List<MeetingLimits> limits = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            limits.add(new MeetingLimits(min, max));
        }
        return limits;
    }

    /** Exhaustive search over every subset of the allowed pairs. */
    static final class BruteForce {
        private final PairingProblem problem;
        private final List<PairedMeeting> options = new ArrayList<>();
        private final int[] perE;
        private final int[] perI;
        private final List<PairedMeeting> current = new ArrayList<>();
        private PairingChecks.Objective best;

        private BruteForce(PairingProblem problem) {
            this.problem = problem;
            perE = new int[problem.enterprises().size()];
            perI = new int[problem.institutions().size()];
            Set<Pair> blocked = new HashSet<>(problem.blocked());
            Map<Pair, Double> score = new HashMap<>();
            problem.candidates().forEach(c -> score.merge(c.pair(), c.score(), Math::max));
            Set<Pair> pairs = new HashSet<>(score.keySet());
            pairs.addAll(problem.mustMeets());
            pairs.addAll(problem.requests());
            for (Pair p : pairs) {
                if (!blocked.contains(p)) {
                    MeetingSource source = problem.mustMeets().contains(p) ? MeetingSource.MUST_MEET
                            : problem.requests().contains(p) ? MeetingSource.REQUEST : MeetingSource.RANKED;
                    options.add(new PairedMeeting(p.enterprise(), p.institution(), score.getOrDefault(p, 0.0), source));
                }
            }
        }

        static PairingChecks.Objective best(PairingProblem problem) {
            BruteForce search = new BruteForce(problem);
            search.explore(0);
            return search.best;
        }

        private void explore(int k) {
            if (k == options.size()) {
                PairingChecks.Objective o = PairingChecks.objective(problem, current);
                if (best == null || o.compare(best, 0) > 0) {
                    best = o;
                }
                return;
            }
            explore(k + 1);
            PairedMeeting m = options.get(k);
            if (current.size() < problem.capacity()
                    && perE[m.enterprise()] < problem.effectiveMax(Side.ENTERPRISE, m.enterprise())
                    && perI[m.institution()] < problem.effectiveMax(Side.INSTITUTION, m.institution())) {
                perE[m.enterprise()]++;
                perI[m.institution()]++;
                current.add(m);
                explore(k + 1);
                current.remove(current.size() - 1);
                perE[m.enterprise()]--;
                perI[m.institution()]--;
            }
        }
    }
}

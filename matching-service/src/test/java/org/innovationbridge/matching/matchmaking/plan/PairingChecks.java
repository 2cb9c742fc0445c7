package org.innovationbridge.matching.matchmaking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every pairing must satisfy, and the objective it is compared by. */
final class PairingChecks {

    private PairingChecks() {
    }

    /** The lexicographic objective: must-meets, requests, filled minimum units, total score. */
    record Objective(long mustMeets, long requests, long minUnits, double score) {

        /** Negative, zero or positive as this objective is worse than, equal to or better than {@code o}. */
        int compare(Objective o, double tolerance) {
            if (mustMeets != o.mustMeets) {
                return Long.compare(mustMeets, o.mustMeets);
            }
            if (requests != o.requests) {
                return Long.compare(requests, o.requests);
            }
            if (minUnits != o.minUnits) {
                return Long.compare(minUnits, o.minUnits);
            }
            return Math.abs(score - o.score) <= tolerance ? 0 : Double.compare(score, o.score);
        }
    }

    static Objective objective(PairingProblem problem, List<PairedMeeting> meetings) {
        int[] perE = new int[problem.enterprises().size()];
        int[] perI = new int[problem.institutions().size()];
        long must = 0;
        long requests = 0;
        double score = 0;
        for (PairedMeeting m : meetings) {
            perE[m.enterprise()]++;
            perI[m.institution()]++;
            must += m.source() == MeetingSource.MUST_MEET ? 1 : 0;
            requests += m.source() == MeetingSource.REQUEST ? 1 : 0;
            score += m.score();
        }
        long units = 0;
        for (int e = 0; e < perE.length; e++) {
            units += Math.min(perE[e], problem.effectiveMin(Side.ENTERPRISE, e));
        }
        for (int i = 0; i < perI.length; i++) {
            units += Math.min(perI[i], problem.effectiveMin(Side.INSTITUTION, i));
        }
        return new Objective(must, requests, units, score);
    }

    /** Hard limits, sources, scores, unhonoured reasons and shortfalls of a result. */
    static void assertValid(PairingProblem problem, PairingResult result) {
        Set<Pair> blocked = new HashSet<>(problem.blocked());
        Set<Pair> must = new HashSet<>(problem.mustMeets());
        Set<Pair> requested = new HashSet<>(problem.requests());
        Set<Pair> seen = new HashSet<>();
        int[] perE = new int[problem.enterprises().size()];
        int[] perI = new int[problem.institutions().size()];
        double total = 0;
        for (PairedMeeting m : result.meetings()) {
            Pair p = m.pair();
            assertThat(seen.add(p)).as("pair %s chosen once", p).isTrue();
            assertThat(blocked).as("blocked pairs").doesNotContain(p);
            MeetingSource expected = must.contains(p) ? MeetingSource.MUST_MEET
                    : requested.contains(p) ? MeetingSource.REQUEST : MeetingSource.RANKED;
            assertThat(m.source()).as("source of %s", p).isEqualTo(expected);
            double best = problem.candidates().stream().filter(c -> c.pair().equals(p))
                    .mapToDouble(Candidate::score).max().orElse(-1);
            if (expected == MeetingSource.RANKED) {
                assertThat(best).as("ranked pair %s is a candidate", p).isGreaterThanOrEqualTo(0);
            }
            assertThat(m.score()).as("score of %s", p).isEqualTo(Math.max(best, 0));
            perE[m.enterprise()]++;
            perI[m.institution()]++;
            total += m.score();
        }
        assertThat(result.totalScore()).isCloseTo(total, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((long) result.meetings().size()).as("capacity").isLessThanOrEqualTo(problem.capacity());
        for (int e = 0; e < perE.length; e++) {
            assertThat(perE[e]).as("meetings of enterprise %d", e)
                    .isLessThanOrEqualTo(problem.effectiveMax(Side.ENTERPRISE, e))
                    .isLessThanOrEqualTo(problem.slots());
        }
        for (int i = 0; i < perI.length; i++) {
            assertThat(perI[i]).as("meetings of institution %d", i)
                    .isLessThanOrEqualTo(problem.effectiveMax(Side.INSTITUTION, i))
                    .isLessThanOrEqualTo(problem.slots());
        }
        Set<Pair> priority = new HashSet<>(must);
        priority.addAll(requested);
        Set<Pair> reported = new HashSet<>();
        for (UnhonouredPair u : result.unhonoured()) {
            Pair p = new Pair(u.enterprise(), u.institution());
            assertThat(reported.add(p)).as("%s reported once", p).isTrue();
            assertThat(seen).as("unhonoured pair is not chosen").doesNotContain(p);
            switch (u.reason()) {
                case BLOCKED -> assertThat(blocked).contains(p);
                case ENTERPRISE_AT_MAX -> assertThat(perE[p.enterprise()])
                        .isEqualTo(problem.effectiveMax(Side.ENTERPRISE, p.enterprise()));
                case INSTITUTION_AT_MAX -> assertThat(perI[p.institution()])
                        .isEqualTo(problem.effectiveMax(Side.INSTITUTION, p.institution()));
                case EVENT_FULL -> assertThat((long) result.meetings().size()).isEqualTo(problem.capacity());
            }
        }
        for (Pair p : priority) {
            assertThat(seen.contains(p) || reported.contains(p))
                    .as("must-meet or request %s is chosen or reported", p).isTrue();
        }
        for (MinShortfall s : result.shortfalls()) {
            int got = s.side() == Side.ENTERPRISE ? perE[s.index()] : perI[s.index()];
            assertThat(s.meetings()).isEqualTo(got);
            assertThat(got).isLessThan(problem.effectiveMin(s.side(), s.index()));
        }
        long below = 0;
        for (int e = 0; e < perE.length; e++) {
            below += perE[e] < problem.effectiveMin(Side.ENTERPRISE, e) ? 1 : 0;
        }
        for (int i = 0; i < perI.length; i++) {
            below += perI[i] < problem.effectiveMin(Side.INSTITUTION, i) ? 1 : 0;
        }
        assertThat((long) result.shortfalls().size()).as("every participant below its minimum is listed").isEqualTo(below);
    }
}

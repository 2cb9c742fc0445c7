package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct pairs of a {@link PairingProblem} that may be chosen (each with its best score and highest
 * source), plus the must-meets and requests that are blocked. Shared by the optimal and the greedy pairing so
 * both see exactly the same pairs.
 */
final class PairSet {

    /** A distinct pair that may be chosen. */
    record Option(int enterprise, int institution, double score, MeetingSource source) {
    }

    final List<Option> options;
    final List<UnhonouredPair> blockedPriorityPairs;

    private PairSet(List<Option> options, List<UnhonouredPair> blockedPriorityPairs) {
        this.options = options;
        this.blockedPriorityPairs = blockedPriorityPairs;
    }

    static PairSet of(PairingProblem problem) {
        Set<Pair> blocked = new HashSet<>(problem.blocked());
        Map<Pair, Double> score = new HashMap<>();
        Map<Pair, MeetingSource> source = new HashMap<>();
        for (Candidate c : problem.candidates()) {
            score.merge(c.pair(), c.score(), Math::max);
            source.putIfAbsent(c.pair(), MeetingSource.RANKED);
        }
        for (Pair p : problem.requests()) {
            source.merge(p, MeetingSource.REQUEST, PairSet::higher);
        }
        for (Pair p : problem.mustMeets()) {
            source.merge(p, MeetingSource.MUST_MEET, PairSet::higher);
        }
        List<Option> options = new ArrayList<>();
        List<UnhonouredPair> blockedPriority = new ArrayList<>();
        source.forEach((pair, src) -> {
            if (!blocked.contains(pair)) {
                options.add(new Option(pair.enterprise(), pair.institution(), score.getOrDefault(pair, 0.0), src));
            } else if (src != MeetingSource.RANKED) {
                blockedPriority.add(new UnhonouredPair(pair.enterprise(), pair.institution(), src, UnhonouredReason.BLOCKED));
            }
        });
        options.sort(Comparator.comparing(Option::source).thenComparing(Option::score, Comparator.reverseOrder())
                .thenComparingInt(Option::enterprise).thenComparingInt(Option::institution));
        return new PairSet(List.copyOf(options), blockedPriority);
    }

    /** The earlier (higher-priority) of two sources. */
    private static MeetingSource higher(MeetingSource a, MeetingSource b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * The result for the chosen options: meetings in {@link PairingResult}'s order, every must-meet or request
     * left out with the first limit that stands in its way, every participant below its minimum.
     */
    PairingResult result(PairingProblem problem, List<Option> chosen) {
        int[] perEnterprise = new int[problem.enterprises().size()];
        int[] perInstitution = new int[problem.institutions().size()];
        Set<Option> taken = new HashSet<>(chosen);
        List<PairedMeeting> meetings = new ArrayList<>();
        double total = 0;
        for (Option o : options) {
            if (taken.contains(o)) {
                meetings.add(new PairedMeeting(o.enterprise(), o.institution(), o.score(), o.source()));
                perEnterprise[o.enterprise()]++;
                perInstitution[o.institution()]++;
                total += o.score();
            }
        }
        List<UnhonouredPair> unhonoured = new ArrayList<>(blockedPriorityPairs);
        for (Option o : options) {
            if (o.source() != MeetingSource.RANKED && !taken.contains(o)) {
                unhonoured.add(new UnhonouredPair(o.enterprise(), o.institution(), o.source(),
                        reason(problem, o, perEnterprise, perInstitution, meetings.size())));
            }
        }
        unhonoured.sort(Comparator.comparing(UnhonouredPair::source).thenComparingInt(UnhonouredPair::enterprise)
                .thenComparingInt(UnhonouredPair::institution));
        List<MinShortfall> shortfalls = new ArrayList<>();
        addShortfalls(problem, Side.ENTERPRISE, perEnterprise, shortfalls);
        addShortfalls(problem, Side.INSTITUTION, perInstitution, shortfalls);
        return new PairingResult(meetings, total, unhonoured, shortfalls);
    }

    private static UnhonouredReason reason(PairingProblem problem, Option o, int[] perEnterprise,
            int[] perInstitution, int meetings) {
        if (perEnterprise[o.enterprise()] >= problem.effectiveMax(Side.ENTERPRISE, o.enterprise())) {
            return UnhonouredReason.ENTERPRISE_AT_MAX;
        }
        if (perInstitution[o.institution()] >= problem.effectiveMax(Side.INSTITUTION, o.institution())) {
            return UnhonouredReason.INSTITUTION_AT_MAX;
        }
        if (meetings >= problem.capacity()) {
            return UnhonouredReason.EVENT_FULL;
        }
        // Both pairings only leave out a priority pair when a limit is reached; anything else is a defect.
        throw new IllegalStateException("pair " + o + " left out although every limit has room");
    }

    private static void addShortfalls(PairingProblem problem, Side side, int[] counts, List<MinShortfall> out) {
        for (int p = 0; p < counts.length; p++) {
            int min = problem.effectiveMin(side, p);
            if (counts[p] < min) {
                out.add(new MinShortfall(side, p, min, counts[p]));
            }
        }
    }
}

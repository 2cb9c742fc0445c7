package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses an event's meetings.
 *
 * <p>{@link #optimal} maximises, in this order of priority (lexicographically):
 * <ol>
 *   <li>the number of must-meets included,</li>
 *   <li>the number of accepted requests included,</li>
 *   <li>the number of "minimum units" filled: the sum over participants of {@code min(meetings, effective min)},</li>
 *   <li>the total candidate score,</li>
 * </ol>
 * subject to the hard limits: no blocked pair, every participant at most its effective maximum, at most
 * {@code slots × tables} meetings, every pair at most once, only candidates, must-meets and requests. It solves
 * this exactly as a min-cost flow (see the module README). Scores are scaled to integers: up to 10⁹ units for
 * the highest score, fewer only where the priority bonuses would otherwise overflow a {@code long} (about 10⁵ for
 * 2,000 participants, 1,800 places and 1,800 accepted requests), never fewer than 10³; "exact" holds up to that
 * rounding, i.e. the total score is within {@code meetings × maxScore / (2 × units)} of the true optimum.
 */
public final class Pairing {

    private Pairing() {
    }

    /** The most score units a candidate can get; finer than any ranker's precision. */
    private static final long MAX_SCORE_UNITS = 1_000_000_000L;
    /** The coarsest score resolution accepted, as score units for the highest score. */
    private static final long MIN_SCORE_UNITS = 1_000L;

    /**
     * The optimal pairing described above.
     *
     * @throws IllegalArgumentException when the problem is too large for the score resolution promised above
     */
    public static PairingResult optimal(PairingProblem problem) {
        PairSet pairs = PairSet.of(problem);
        List<PairSet.Option> options = pairs.options;
        int enterprises = problem.enterprises().size();
        int institutions = problem.institutions().size();

        long sumMaxE = 0;
        long sumMaxI = 0;
        long sumMin = 0;
        for (int e = 0; e < enterprises; e++) {
            sumMaxE += problem.effectiveMax(Side.ENTERPRISE, e);
            sumMin += problem.effectiveMin(Side.ENTERPRISE, e);
        }
        for (int i = 0; i < institutions; i++) {
            sumMaxI += problem.effectiveMax(Side.INSTITUTION, i);
            sumMin += problem.effectiveMin(Side.INSTITUTION, i);
        }
        // Upper bounds on what any pairing can hold; they size the priority bonuses below.
        long most = Math.min(Math.min(problem.capacity(), options.size()), Math.min(sumMaxE, sumMaxI));
        long minUnits = Math.min(sumMin, 2 * most);
        long requests = Math.min(most, options.stream().filter(o -> o.source() == MeetingSource.REQUEST).count());
        double maxScore = options.stream().mapToDouble(PairSet.Option::score).max().orElse(0);

        // Lexicographic objective as one weight: every level's bonus exceeds all lower levels together.
        // scoreUnits is chosen so that no path cost in the flow can overflow a long.
        int nodes = enterprises + institutions + 2;
        double perUnit = (double) (requests + 1) * (minUnits + 1) * (most + 1) + 2.0 * (most + 1) + 1;
        // Distances and potentials stay within a few times (nodes × largest arc cost): a simple path's length.
        double budget = Long.MAX_VALUE / (4.0 * (nodes + 2) * perUnit);
        long scoreUnits = maxScore > 0 ? (long) Math.min(MAX_SCORE_UNITS, Math.floor(budget)) : 0;
        if (maxScore > 0 && scoreUnits < MIN_SCORE_UNITS) {
            throw new IllegalArgumentException("pairing problem too large to solve exactly: " + options.size()
                    + " pairs, " + requests + " requests, " + minUnits + " minimum meetings");
        }
        long minBonus = most * scoreUnits + 1;
        long requestBonus = (minUnits + 1) * minBonus;
        long mustMeetBonus = (requests + 1) * requestBonus;

        // Nodes in topological order: source, enterprises, institutions, sink.
        int source = 0;
        int sink = nodes - 1;
        MinCostFlow flow = new MinCostFlow(nodes, options.size() + 2 * (enterprises + institutions));
        for (int e = 0; e < enterprises; e++) {
            addLimitArcs(flow, source, 1 + e, problem.effectiveMin(Side.ENTERPRISE, e),
                    problem.effectiveMax(Side.ENTERPRISE, e), minBonus);
        }
        int[] arcOf = new int[options.size()];
        for (int k = 0; k < options.size(); k++) {
            PairSet.Option o = options.get(k);
            long units = maxScore > 0 ? Math.round(o.score() / maxScore * scoreUnits) : 0;
            long bonus = switch (o.source()) {
                case MUST_MEET -> mustMeetBonus;
                case REQUEST -> requestBonus;
                case RANKED -> 0;
            };
            arcOf[k] = flow.addArc(1 + o.enterprise(), 1 + enterprises + o.institution(), 1, -(bonus + units));
        }
        for (int i = 0; i < institutions; i++) {
            addLimitArcs(flow, 1 + enterprises + i, sink, problem.effectiveMin(Side.INSTITUTION, i),
                    problem.effectiveMax(Side.INSTITUTION, i), minBonus);
        }
        flow.run(source, sink, problem.capacity());

        List<PairSet.Option> chosen = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            if (flow.flow(arcOf[k]) > 0) {
                chosen.add(options.get(k));
            }
        }
        return pairs.result(problem, chosen);
    }

    /**
     * A participant's capacity as two parallel arcs: the first {@code min} meetings earn the minimum bonus, the
     * rest up to {@code max} earn nothing. The cheaper arc fills first, so the bonus counts exactly
     * {@code min(meetings, min)}.
     */
    private static void addLimitArcs(MinCostFlow flow, int from, int to, int min, int max, long minBonus) {
        if (min > 0) {
            flow.addArc(from, to, min, -minBonus);
        }
        if (max > min) {
            flow.addArc(from, to, max - min, 0);
        }
    }

    /**
     * The baseline: take must-meets, then requests, then candidates by score descending, each if both
     * participants and the event still have room. Ignores minimums.
     */
    public static PairingResult greedy(PairingProblem problem) {
        PairSet pairs = PairSet.of(problem);
        int[] perEnterprise = new int[problem.enterprises().size()];
        int[] perInstitution = new int[problem.institutions().size()];
        List<PairSet.Option> chosen = new ArrayList<>();
        for (PairSet.Option o : pairs.options) {
            if (chosen.size() < problem.capacity()
                    && perEnterprise[o.enterprise()] < problem.effectiveMax(Side.ENTERPRISE, o.enterprise())
                    && perInstitution[o.institution()] < problem.effectiveMax(Side.INSTITUTION, o.institution())) {
                chosen.add(o);
                perEnterprise[o.enterprise()]++;
                perInstitution[o.institution()]++;
            }
        }
        return pairs.result(problem, chosen);
    }
}

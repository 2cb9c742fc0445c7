package org.innovationbridge.matching.matchmaking.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random pairing problems: the same seed always gives the same problem. */
final class RandomPairingProblems {

    private RandomPairingProblems() {
    }

    /**
     * A problem with up to {@code maxSide} participants per side and about {@code density} of all pairs as
     * candidates; scores are multiples of 1/64 so sums are exact in a double.
     */
    static PairingProblem generate(long seed, int maxSide, double density) {
        Random random = new Random(seed);
        int enterprises = 1 + random.nextInt(maxSide);
        int institutions = 1 + random.nextInt(maxSide);
        int slots = 1 + random.nextInt(4);
        int tables = 1 + random.nextInt(3);
        List<MeetingLimits> e = limits(random, enterprises);
        List<MeetingLimits> i = limits(random, institutions);
        List<Candidate> candidates = new ArrayList<>();
        List<Pair> mustMeets = new ArrayList<>();
        List<Pair> requests = new ArrayList<>();
        List<Pair> blocked = new ArrayList<>();
        for (int a = 0; a < enterprises; a++) {
            for (int b = 0; b < institutions; b++) {
                if (random.nextDouble() < density) {
                    candidates.add(new Candidate(a, b, random.nextInt(640) / 64.0));
                }
                double roll = random.nextDouble();
                if (roll < 0.06) {
                    mustMeets.add(new Pair(a, b));
                } else if (roll < 0.12) {
                    requests.add(new Pair(a, b));
                } else if (roll < 0.17) {
                    blocked.add(new Pair(a, b));
                }
            }
        }
        return new PairingProblem(e, i, candidates, mustMeets, requests, blocked, slots, tables);
    }

    private static List<MeetingLimits> limits(Random random, int count) {
        List<MeetingLimits> limits = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int min = random.nextInt(3);
            limits.add(new MeetingLimits(min, min + random.nextInt(3)));
        }
        return limits;
    }
}

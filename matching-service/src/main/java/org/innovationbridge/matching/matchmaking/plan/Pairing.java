package org.innovationbridge.matching.matchmaking.plan;

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
 * this exactly as a min-cost flow (see the module README); scores are scaled to integers with a resolution
 * of at least {@code maxScore / 100000} (usually far finer), so "exact" holds up to that rounding.
 */
public final class Pairing {

    private Pairing() {
    }

    /** The optimal pairing described above. */
    public static PairingResult optimal(PairingProblem problem) {
        throw new UnsupportedOperationException("optimal pairing follows in the next commit");
    }

    /**
     * The baseline: take must-meets, then requests, then candidates by score descending, each if both
     * participants and the event still have room. Ignores minimums.
     */
    public static PairingResult greedy(PairingProblem problem) {
        throw new UnsupportedOperationException("greedy pairing follows in the next commit");
    }
}

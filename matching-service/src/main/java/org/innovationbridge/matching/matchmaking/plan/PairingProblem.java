package org.innovationbridge.matching.matchmaking.plan;

import java.util.List;

/**
 * Who may meet whom at one event, and how often.
 *
 * <p>A pair listed more than once (as a candidate twice, or as both must-meet and request) counts once: with its
 * highest candidate score and its highest-priority source. A must-meet or request need not be a candidate (it
 * then scores {@code 0}). A blocked pair is never paired, whatever else lists it.
 *
 * @param enterprises  limits of each enterprise participant, by index
 * @param institutions limits of each institution participant, by index
 * @param candidates   ranked pairs, the only pairs besides must-meets and requests that may be chosen
 * @param mustMeets    pairs the organiser requires, included before anything else when limits allow
 * @param requests     accepted meeting requests, included after must-meets and before ranked pairs
 * @param blocked      pairs that must never meet
 * @param slots        number of time slots, {@code >= 1}; each participant has at most one meeting per slot
 * @param tables       number of tables, {@code >= 1}; at most {@code slots × tables} meetings in all
 */
public record PairingProblem(
        List<MeetingLimits> enterprises,
        List<MeetingLimits> institutions,
        List<Candidate> candidates,
        List<Pair> mustMeets,
        List<Pair> requests,
        List<Pair> blocked,
        int slots,
        int tables) {

    public PairingProblem {
        enterprises = List.copyOf(enterprises);
        institutions = List.copyOf(institutions);
        candidates = List.copyOf(candidates);
        mustMeets = List.copyOf(mustMeets);
        requests = List.copyOf(requests);
        blocked = List.copyOf(blocked);
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be >= 1, was " + slots);
        }
        if (tables < 1) {
            throw new IllegalArgumentException("tables must be >= 1, was " + tables);
        }
        for (Candidate c : candidates) {
            checkPair("candidates", c.enterprise(), c.institution(), enterprises.size(), institutions.size());
        }
        for (Pair p : mustMeets) {
            checkPair("mustMeets", p.enterprise(), p.institution(), enterprises.size(), institutions.size());
        }
        for (Pair p : requests) {
            checkPair("requests", p.enterprise(), p.institution(), enterprises.size(), institutions.size());
        }
        for (Pair p : blocked) {
            checkPair("blocked", p.enterprise(), p.institution(), enterprises.size(), institutions.size());
        }
    }

    /** A problem with only ranked candidates: no must-meets, requests or blocks. */
    public static PairingProblem ranked(List<MeetingLimits> enterprises, List<MeetingLimits> institutions,
            List<Candidate> candidates, int slots, int tables) {
        return new PairingProblem(enterprises, institutions, candidates, List.of(), List.of(), List.of(), slots, tables);
    }

    /** The event's places, {@code slots × tables}: the most meetings a pairing may hold. */
    public long capacity() {
        return (long) slots * tables;
    }

    /** A participant's maximum as the pairing applies it: {@code min(max, slots)}. */
    public int effectiveMax(Side side, int index) {
        return Math.min(limits(side, index).max(), slots);
    }

    /** A participant's minimum as the pairing applies it: {@code min(min, effectiveMax)}. */
    public int effectiveMin(Side side, int index) {
        return Math.min(limits(side, index).min(), effectiveMax(side, index));
    }

    private MeetingLimits limits(Side side, int index) {
        return side == Side.ENTERPRISE ? enterprises.get(index) : institutions.get(index);
    }

    private static void checkPair(String field, int enterprise, int institution, int enterprises, int institutions) {
        if (enterprise >= enterprises) {
            throw new IllegalArgumentException(field + ": enterprise index " + enterprise
                    + " out of range, there are " + enterprises + " enterprises");
        }
        if (institution >= institutions) {
            throw new IllegalArgumentException(field + ": institution index " + institution
                    + " out of range, there are " + institutions + " institutions");
        }
    }
}

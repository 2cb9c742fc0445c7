package org.innovationbridge.matching.matchmaking.plan;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A meeting between any two participants of a forum.
 *
 * @param a      index of one participant, {@code >= 0}
 * @param b      index of the other, {@code != a}
 * @param weight how much placing it is worth, {@code >= 1}; a schedule first maximises the placed weight, so a
 *               caller gives each priority level more weight than all lower ones together
 * @param window the slots the meeting may take (a session: the morning, the afternoon, a named block); empty
 *               means any slot
 */
public record ForumMeeting(int a, int b, long weight, Set<Integer> window) {

    public ForumMeeting {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("meeting participants must be >= 0, were " + a + " and " + b);
        }
        if (a == b) {
            throw new IllegalArgumentException("a meeting needs two participants, both were " + a);
        }
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be >= 1, was " + weight);
        }
        window = window.stream().collect(Collectors.toUnmodifiableSet());
    }

    /** A meeting of weight 1 in any slot. */
    public static ForumMeeting of(int a, int b) {
        return new ForumMeeting(a, b, 1, Set.of());
    }

    /** Whether the participant takes part. */
    public boolean involves(int participant) {
        return a == participant || b == participant;
    }

    /** The other participant. */
    public int other(int participant) {
        return participant == a ? b : a;
    }
}

package org.innovationbridge.matching.matchmaking.plan;

/**
 * How many meetings one participant wants: at least {@code min} (a wish, honoured as far as possible) and at
 * most {@code max} (a hard limit). A participant has at most one meeting per slot, so the pairing uses
 * {@code min(max, slots)} as the effective maximum and {@code min(min, effective max)} as the effective minimum.
 *
 * @param min wished-for minimum number of meetings, {@code 0 <= min <= max}
 * @param max hard maximum number of meetings, {@code >= 0}
 */
public record MeetingLimits(int min, int max) {

    public MeetingLimits {
        if (min < 0) {
            throw new IllegalArgumentException("minMeetings must be >= 0, was " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("maxMeetings must be >= minMeetings (" + min + "), was " + max);
        }
    }
}

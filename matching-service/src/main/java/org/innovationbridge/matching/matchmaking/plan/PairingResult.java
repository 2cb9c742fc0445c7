package org.innovationbridge.matching.matchmaking.plan;

import java.util.List;

/**
 * The chosen meetings of one event.
 *
 * @param meetings     chosen meetings, ordered by source (must-meets, requests, ranked), then by score
 *                     descending, then by enterprise and institution index
 * @param totalScore   sum of the chosen meetings' scores
 * @param unhonoured   must-meets and accepted requests that are not in {@code meetings}, each with a reason
 * @param shortfalls   participants with fewer meetings than their effective minimum
 */
public record PairingResult(
        List<PairedMeeting> meetings,
        double totalScore,
        List<UnhonouredPair> unhonoured,
        List<MinShortfall> shortfalls) {

    public PairingResult {
        meetings = List.copyOf(meetings);
        unhonoured = List.copyOf(unhonoured);
        shortfalls = List.copyOf(shortfalls);
    }

    /** How many chosen meetings come from the given source. */
    public long count(MeetingSource source) {
        return meetings.stream().filter(m -> m.source() == source).count();
    }
}

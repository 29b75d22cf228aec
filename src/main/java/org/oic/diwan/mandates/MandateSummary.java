package org.oic.diwan.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mandate as lists show it: where it comes from, whom it asks to do what by when, and where its
 * follow-ups stand.
 *
 * @param due {@code session:50}, {@code date:2023-12-31}, {@code annually}, or null
 * @param dueDate the earliest known due date of its open follow-ups, or null
 * @param followUps how many follow-ups are in each status
 * @param overdue how many follow-ups are overdue
 * @param status where the mandate stands as a whole
 */
public record MandateSummary(UUID id, UUID documentId, String symbol, String resolution, String paragraph, String verb,
        String strength, List<String> addressees, List<String> actions, String due, LocalDate dueDate, String body, Integer session,
        Map<FollowUpStatus, Integer> followUps, int overdue, FollowUpStatus status, UUID previous) {

    /** Where a mandate stands, from its follow-ups: done when all are closed, under way when any moved. */
    static FollowUpStatus overall(Map<FollowUpStatus, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int done = counts.getOrDefault(FollowUpStatus.DONE, 0);
        int overtaken = counts.getOrDefault(FollowUpStatus.OVERTAKEN, 0);
        if (total == 0) {
            return FollowUpStatus.NOT_STARTED;
        }
        if (done + overtaken == total) {
            return done > 0 ? FollowUpStatus.DONE : FollowUpStatus.OVERTAKEN;
        }
        if (counts.getOrDefault(FollowUpStatus.RECURRING, 0) == total) {
            return FollowUpStatus.RECURRING;
        }
        if (counts.getOrDefault(FollowUpStatus.NOT_STARTED, 0) == total) {
            return FollowUpStatus.NOT_STARTED;
        }
        return FollowUpStatus.IN_PROGRESS;
    }
}

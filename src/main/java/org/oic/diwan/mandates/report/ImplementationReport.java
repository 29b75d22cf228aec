package org.oic.diwan.mandates.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.text.Language;

/**
 * Everything the Secretary General's implementation report shows: the resolutions of one session,
 * their mandates, where each stands and what proves it. The renderer reads nothing else.
 */
public record ImplementationReport(
        Language language,
        String body,
        int reportedSession,
        int comingSession,
        String comingSessionPlace,
        LocalDate comingSessionFrom,
        LocalDate preparedOn,
        String symbol,
        List<Resolution> resolutions) {

    /** The counts of the summary table's totals row, over all resolutions. */
    public StatusTally totals() {
        return StatusTally.of(resolutions.stream().flatMap(resolution -> resolution.mandates().stream()).toList());
    }

    public record Resolution(String number, String title, Language titleLanguage, String documentSymbol,
            List<Mandate> mandates) {

        /** The counts of this resolution's row in the summary table. */
        public StatusTally tally() {
            return StatusTally.of(mandates);
        }
    }

    public record Mandate(String paragraph, String text, Language textLanguage, List<String> addressees,
            String action, String due, boolean overdue, FollowUpStatus status,
            Map<FollowUpStatus, Integer> followUpsByStatus, List<Evidence> evidence, String latestUpdate) {

        /** How many follow-ups there are in all: one per addressee (57 for a mandate to all member states). */
        public int followUps() {
            return followUpsByStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** How many follow-ups stand at {@code status}; none when the map does not name it. */
        public int followUps(FollowUpStatus status) {
            return followUpsByStatus.getOrDefault(status, 0);
        }
    }

    public record Evidence(String label, String reference) {}
}

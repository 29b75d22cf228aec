package org.oic.diwan.mandates.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.mandates.report.ImplementationReport.Mandate;

/** How many mandates stand at each status, and how many are overdue: one row of the summary table. */
public record StatusTally(int mandates, Map<FollowUpStatus, Integer> byStatus, int overdue) {

    public StatusTally {
        byStatus = Map.copyOf(byStatus);
    }

    static StatusTally of(Collection<Mandate> mandates) {
        Map<FollowUpStatus, Integer> byStatus = new EnumMap<>(FollowUpStatus.class);
        for (FollowUpStatus status : FollowUpStatus.values()) {
            byStatus.put(status, 0);
        }
        int overdue = 0;
        for (Mandate mandate : mandates) {
            byStatus.merge(mandate.status(), 1, Integer::sum);
            if (mandate.overdue()) {
                overdue++;
            }
        }
        return new StatusTally(mandates.size(), byStatus, overdue);
    }

    public int count(FollowUpStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}

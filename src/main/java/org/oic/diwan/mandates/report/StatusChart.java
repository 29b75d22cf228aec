package org.oic.diwan.mandates.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oic.diwan.mandates.FollowUpStatus;

/**
 * The status chart as boxes: one horizontal stacked bar per resolution and one for all of them,
 * each segment as wide as its share of the mandates. Drawn with a table rather than SVG because
 * openhtmltopdf lays out tables itself, while SVG would need Batik. Public for the template engine.
 */
public record StatusChart(List<Bar> bars) {

    /** Below this share a segment is too narrow for its count; the legend and the table still give it. */
    private static final double LABELLED_FROM_PERCENT = 5.0;

    public record Bar(String label, String direction, int mandates, List<Segment> segments, boolean total) {}

    public record Segment(FollowUpStatus status, int count, String width, boolean labelled) {}

    static StatusChart of(ImplementationReport report, String totalLabel) {
        List<Bar> bars = new ArrayList<>();
        for (ImplementationReport.Resolution resolution : report.resolutions()) {
            bars.add(bar(resolution.number(), TextDirection.of(resolution.number()), resolution.tally(), false));
        }
        bars.add(bar(totalLabel, TextDirection.of(totalLabel), report.totals(), true));
        return new StatusChart(List.copyOf(bars));
    }

    private static Bar bar(String label, String direction, StatusTally tally, boolean total) {
        List<Segment> segments = new ArrayList<>();
        for (FollowUpStatus status : FollowUpStatus.values()) {
            int count = tally.count(status);
            if (count > 0) {
                double percent = 100.0 * count / tally.mandates();
                segments.add(new Segment(status, count, String.format(Locale.ROOT, "%.3f%%", percent),
                        percent >= LABELLED_FROM_PERCENT));
            }
        }
        return new Bar(label, direction, tally.mandates(), List.copyOf(segments), total);
    }
}

package org.oic.diwan.mandates.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.text.Language;

/**
 * What the template asks to have written in the report's language: labels, statuses, sessions,
 * Gregorian dates, all with Latin digits (the Secretariat's practice in its Arabic documents too).
 * Public only because the template engine calls it by reflection.
 */
public final class ReportWording {

    private final Language language;
    private final ReportMessages messages;
    private final DateTimeFormatter dates;

    ReportWording(Language language) {
        this.language = language;
        this.messages = ReportMessages.of(language);
        // The standard decimal style keeps ASCII digits whatever the locale's own numbering system.
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }

    public String status(FollowUpStatus status) {
        return messages.status(status);
    }

    /** The session as an ordinal in the report's language ("49th", "49e", "التاسعة والأربعين"). */
    public String session(int number) {
        return SessionOrdinals.of(number, language);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public String languageName(Language other) {
        return messages.text("language." + other.code());
    }

    /** {@code ltr} or {@code rtl} for a value of unknown language (symbols, numbers, references). */
    public String dir(String value) {
        return TextDirection.of(value);
    }

    /** The statuses in the order of the summary table's columns, the chart's segments and the legend. */
    public List<FollowUpStatus> statuses() {
        return List.of(FollowUpStatus.values());
    }

    /** The statuses at which the mandate has follow-ups, in the same order. */
    public List<FollowUpStatus> statusesOf(ImplementationReport.Mandate mandate) {
        return statuses().stream().filter(status -> mandate.followUps(status) > 0).toList();
    }

    /** The CSS class of a status, shared by badges, bars and legend swatches. */
    public String css(FollowUpStatus status) {
        return "status-" + status.label();
    }
}

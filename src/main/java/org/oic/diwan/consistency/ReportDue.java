package org.oic.diwan.consistency;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.SessionReferences;
import org.oic.diwan.text.Language;

/**
 * The session a resolution's report is due to, from the last operative paragraph that asks for
 * a report ("... and to report thereon to the 50th session").
 *
 * <p>Only that paragraph counts, and in it only an ordinal next to a session word ("the
 * Fiftieth Session", "الدورة الخمسين", "la 50ème session"), or "the next session", which is the
 * adopting session plus one. Ordinals elsewhere (a meeting, a date such as "16th-17th March")
 * say nothing of when the report is due.
 */
final class ReportDue {

    private static final Pattern REPORT = Pattern.compile("(?i)\\breport|\\brapport|تقرير");

    private ReportDue() {}

    /** The paragraph asking for the report and the session it names. */
    record Due(ReadDocument.Operative paragraph, int session) {}

    static Optional<Due> of(ReadDocument.Resolution resolution, Language language, Integer adoptingSession) {
        List<ReadDocument.Operative> operative = resolution.operative();
        for (int i = operative.size() - 1; i >= 0; i--) {
            ReadDocument.Operative paragraph = operative.get(i);
            String text = paragraph.text();
            Matcher report = REPORT.matcher(text);
            if (!report.find()) {
                continue;
            }
            String after = text.substring(report.start());
            // the first session named after the report is the one it is due to
            OptionalInt named = SessionReferences.named(after, language);
            if (named.isPresent()) {
                return Optional.of(new Due(paragraph, named.getAsInt()));
            }
            if (adoptingSession != null && SessionReferences.next(after)) {
                return Optional.of(new Due(paragraph, adoptingSession + 1));
            }
            return Optional.empty(); // the reporting paragraph names no session
        }
        return Optional.empty();
    }

}

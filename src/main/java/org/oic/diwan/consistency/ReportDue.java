package org.oic.diwan.consistency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oic.diwan.reading.DateFinder;
import org.oic.diwan.reading.GregorianSpan;
import org.oic.diwan.reading.OrdinalMention;
import org.oic.diwan.reading.Ordinals;
import org.oic.diwan.reading.ReadDocument;
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
    private static final Pattern SESSION_WORD = Pattern.compile(
            "(?i)session|sommet|summit|conference|conférence|الدورة|دورته|دورتها|الدوره|مؤتمر|القمة");
    private static final Pattern NEXT_SESSION = Pattern.compile(
            "(?i)next session|forthcoming session|prochaine session|session suivante|الدورة القادمة|الدورة المقبلة|الدورة التالية|دورته القادمة|دورته المقبلة");
    /** How far (in characters) a session word may stand from its ordinal. */
    private static final int NEAR = 25;

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
            List<GregorianSpan> dates = DateFinder.gregorian(after);
            OrdinalMention named = null;
            for (OrdinalMention ordinal : Ordinals.find(after, language)) {
                if (insideDate(ordinal, dates) || !nearSessionWord(after, ordinal)) {
                    continue;
                }
                named = ordinal;
                break; // the first session named after the report is the one it is due to
            }
            if (named != null) {
                return Optional.of(new Due(paragraph, named.value()));
            }
            if (adoptingSession != null && NEXT_SESSION.matcher(after).find()) {
                return Optional.of(new Due(paragraph, adoptingSession + 1));
            }
            return Optional.empty(); // the reporting paragraph names no session
        }
        return Optional.empty();
    }

    private static boolean insideDate(OrdinalMention ordinal, List<GregorianSpan> dates) {
        return dates.stream().anyMatch(d -> ordinal.start() < d.end() && ordinal.end() > d.start());
    }

    private static boolean nearSessionWord(String text, OrdinalMention ordinal) {
        int from = Math.max(0, ordinal.start() - NEAR);
        int to = Math.min(text.length(), ordinal.end() + NEAR);
        return SESSION_WORD.matcher(text.substring(from, to)).find();
    }
}

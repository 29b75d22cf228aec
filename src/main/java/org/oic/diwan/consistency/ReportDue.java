package org.oic.diwan.consistency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.oic.diwan.reading.OrdinalMention;
import org.oic.diwan.reading.Ordinals;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.text.Language;

/**
 * The session a resolution's report is due to: the session named in its last operative
 * paragraph that asks for a report ("... and to report thereon to the 50th session").
 */
final class ReportDue {

    private static final Pattern REPORT = Pattern.compile("(?i)\\breport|\\brapport|تقرير|تقريرا|تقريراً");

    private ReportDue() {}

    /** The paragraph asking for the report and the session it names. */
    record Due(ReadDocument.Operative paragraph, int session) {}

    static Optional<Due> of(ReadDocument.Resolution resolution, Language language) {
        List<ReadDocument.Operative> operative = resolution.operative();
        for (int i = operative.size() - 1; i >= 0; i--) {
            ReadDocument.Operative paragraph = operative.get(i);
            if (!REPORT.matcher(paragraph.text()).find()) {
                continue;
            }
            List<OrdinalMention> sessions = Ordinals.find(paragraph.text(), language);
            if (!sessions.isEmpty()) {
                return Optional.of(new Due(paragraph, sessions.get(sessions.size() - 1).value()));
            }
        }
        return Optional.empty();
    }
}

package org.oic.diwan.reading;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.oic.diwan.text.Language;

/**
 * The session a sentence sends something to: an ordinal next to a session word ("the Fiftieth
 * Session", "الدورة الخمسين", "la 50ème session"), or "the next session". Ordinals elsewhere (a
 * meeting, a date such as "16th-17th March") name no session. Shared by the findings (the session
 * a report is due to) and the mandates (when a request is due).
 */
public final class SessionReferences {

    private static final Pattern SESSION_WORD = Pattern.compile(
            "(?i)session|sommet|summit|conference|conférence|الدورة|دورته|دورتها|الدوره|مؤتمر|القمة");
    private static final Pattern NEXT_SESSION = Pattern.compile(
            "(?i)next session|forthcoming session|following session|next CFM|next (?:Islamic )?Summit|prochaine session|session suivante|prochain sommet|"
                    + "الدورة القادمة|الدورة المقبلة|الدورة التالية|دورته القادمة|دورته المقبلة|دورتها القادمة|دورتها المقبلة|الدورة القادمه|الدورة المقبله|القمة القادمة|القمة المقبلة|الدورة العادية القادمة|الدورة العادية المقبلة");
    /** How far (in characters) a session word may stand from its ordinal. */
    private static final int NEAR = 25;

    private SessionReferences() {}

    /** The first session the text names by its ordinal, if any. */
    public static OptionalInt named(String text, Language language) {
        List<GregorianSpan> dates = DateFinder.gregorian(text);
        for (OrdinalMention ordinal : Ordinals.find(text, language)) {
            boolean inDate = dates.stream().anyMatch(d -> ordinal.start() < d.end() && ordinal.end() > d.start());
            if (!inDate && nearSessionWord(text, ordinal)) {
                return OptionalInt.of(ordinal.value());
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the text speaks of the next session (the adopting one plus one). */
    public static boolean next(String text) {
        return NEXT_SESSION.matcher(text).find();
    }

    private static boolean nearSessionWord(String text, OrdinalMention ordinal) {
        int from = Math.max(0, ordinal.start() - NEAR);
        int to = Math.min(text.length(), ordinal.end() + NEAR);
        return SESSION_WORD.matcher(text.substring(from, to)).find();
    }
}

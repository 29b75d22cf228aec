package org.oic.diwan.mandates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oic.diwan.reading.DateFinder;
import org.oic.diwan.reading.Digits;
import org.oic.diwan.reading.GregorianSpan;
import org.oic.diwan.reading.SessionReferences;
import org.oic.diwan.text.Language;

/**
 * When a paragraph's request is due: the session it names ("to the 50th session", "to the next
 * session"), else a deadline ("by the end of 2023", "before 30 June 2026"), else a recurrence
 * ("annually", "to each session").
 */
final class DueReader {

    private static final Pattern RECURRING = Pattern.compile(
            "(?i)\\bannually\\b|\\bannual\\b|\\bannuel(?:le)?\\b|سنوي|\\b(?:each|every) (?:fiscal |financial |calendar )?year\\b|chaque exercice|\\byearly\\b|\\beach session\\b|\\bevery session\\b|\\ball sessions\\b|"
                    + "\\bannuellement\\b|chaque année|chaque session|chacune de ses sessions|"
                    + "سنويا|سنوياً|كل عام|كل سنة|كل دورة|جميع دوراته|دوراته المتعاقبة|بشكل دوري|بصورة دورية");
    /** A year that closes a deadline: "by the end of 2023", "d'ici à la fin de 2025", "بحلول نهاية عام 2023". */
    private static final Pattern END_OF_YEAR = Pattern.compile(
            "(?i)(?:end of|fin de l'année|fin de|fin d'|fin|نهاية عام|نهاية العام|نهاية سنة|نهاية)\\s*([0-9٠-٩]{4})");
    private static final Pattern DEADLINE_WORD = Pattern.compile(
            "(?i)\\bby\\b|before|not later than|no later than|\\bavant\\b|d'ici|au plus tard|قبل|بحلول|في موعد أقصاه|موعد لا يتجاوز");
    /** How far before a date its deadline word may stand. */
    private static final int DEADLINE_REACH = 30;

    private DueReader() {}

    static Optional<Due> of(String text, Language language, Integer adoptingSession) {
        OptionalInt named = SessionReferences.named(text, language);
        if (named.isPresent()) {
            return Optional.of(Due.session(named.getAsInt()));
        }
        if (adoptingSession != null && SessionReferences.next(text)) {
            return Optional.of(Due.session(adoptingSession + 1));
        }
        Matcher year = END_OF_YEAR.matcher(text);
        if (year.find()) {
            return Optional.of(Due.date(LocalDate.of(Integer.parseInt(Digits.ascii(year.group(1))), 12, 31)));
        }
        for (GregorianSpan date : DateFinder.gregorian(text)) {
            int from = Math.max(0, date.start() - DEADLINE_REACH);
            if (DEADLINE_WORD.matcher(text.substring(from, date.start())).find()) {
                return Optional.of(Due.date(date.to()));
            }
        }
        if (RECURRING.matcher(text).find()) {
            return Optional.of(Due.recurring());
        }
        return Optional.empty();
    }

}

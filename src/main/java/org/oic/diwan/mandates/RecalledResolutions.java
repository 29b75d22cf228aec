package org.oic.diwan.mandates;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oic.diwan.reading.Digits;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.text.Language;

/**
 * The earlier resolutions a resolution's preamble recalls ("Recalling resolution No. 3/48-INF",
 * "إذ يشير إلى القرار رقم 48/3-إع"), as keys ({@code session/number}) comparable with
 * {@link org.oic.diwan.reading.ResolutionNumber#key()}.
 */
final class RecalledResolutions {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?iu)(?:resolutions?|résolutions?|القرارات|القرار|قرار|قراري|No\\.|N°|n°|رقم)[^0-9٠-٩\\n]{0,25}?"
                    + "([0-9٠-٩]{1,3})\\s*/\\s*([0-9٠-٩]{1,3})(?![0-9٠-٩/])");

    private RecalledResolutions() {}

    static Set<String> in(ReadDocument.Resolution resolution, Language language, Integer adoptingSession) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReadDocument.Preambular paragraph : resolution.preamble()) {
            Matcher m = REFERENCE.matcher(paragraph.text());
            while (m.find()) {
                int first = Integer.parseInt(Digits.ascii(m.group(1)));
                int second = Integer.parseInt(Digits.ascii(m.group(2)));
                // Arabic prints session/number, English and French number/session ("1/49-IT").
                int session = language == Language.AR ? first : second;
                int number = language == Language.AR ? second : first;
                if (adoptingSession != null && session >= adoptingSession && number < adoptingSession) {
                    int swap = session;
                    session = number;
                    number = swap;
                }
                if (adoptingSession == null || session < adoptingSession) {
                    keys.add(session + "/" + number);
                }
            }
        }
        return keys;
    }
}

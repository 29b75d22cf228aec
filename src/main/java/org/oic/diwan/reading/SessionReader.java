package org.oic.diwan.reading;

import java.util.List;
import java.util.Locale;
import org.oic.diwan.text.Language;

/**
 * Reads who met, when and where: the body, the session's ordinal, the place and the dates in
 * both calendars, from the document's header, else from the opening paragraph, else from the
 * symbol.
 *
 * <p>The symbol names the body most reliably (a header may be pasted from another document, as
 * seed 001's is); the opening paragraph, which is the adopting sentence itself, comes next.
 */
final class SessionReader {

    private SessionReader() {}

    static ReadDocument.Body body(String header, String opening, DocumentSymbol symbol, Language language) {
        String code = symbol != null ? symbol.bodyCode().orElse(null) : null;
        if (code == null) {
            code = firstBody(opening, language);
        }
        if (code == null) {
            code = firstBody(header, language);
        }
        return code == null ? null : new ReadDocument.Body(code, Bodies.name(code, language));
    }

    /** How much of the text's beginning may tell the session when neither header nor opening does (declarations). */
    private static final int HEAD = 2000;

    static ReadDocument.Session session(String header, String opening, String text, DocumentSymbol symbol,
            Language language) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        Integer number = firstOrdinal(header, language);
        if (number == null) {
            number = firstOrdinal(opening, language);
        }
        boolean declaration = mentionsDeclaration(header);
        if (number == null && symbol == null && declaration) {
            number = firstOrdinal(head, language); // a declaration names its session in its first sentences
        }
        if (number == null && symbol != null && symbol.sessionOrdinal().isPresent()) {
            number = symbol.sessionOrdinal().getAsInt();
        }
        String place = firstPlace(header, language);
        if (place == null) {
            place = firstPlace(opening, language);
        }
        if (place == null && declaration) {
            place = firstPlace(head, language);
        }
        ReadDocument.Dates gregorian = sessionDates(header);
        if (gregorian == null) {
            gregorian = firstGregorian(opening);
        }
        ReadDocument.HijriDates hijri = firstHijri(header);
        if (hijri == null) {
            hijri = firstHijri(opening);
        }
        boolean extraordinary = (symbol != null && symbol.extraordinarySession()) || mentionsExtraordinary(header + "\n" + opening);
        if (number == null && place == null && gregorian == null && hijri == null) {
            return null;
        }
        return new ReadDocument.Session(number, extraordinary, place, gregorian, hijri);
    }

    private static String firstBody(String text, Language language) {
        List<BodyMention> bodies = Bodies.find(text, language);
        return bodies.isEmpty() ? null : bodies.get(0).code();
    }

    private static Integer firstOrdinal(String text, Language language) {
        List<OrdinalMention> ordinals = Ordinals.find(text, language);
        return ordinals.isEmpty() ? null : ordinals.get(0).value();
    }

    private static String firstPlace(String text, Language language) {
        List<PlaceMention> places = Places.find(text, language);
        return places.isEmpty() ? null : Places.name(places.get(0).city(), language);
    }

    private static ReadDocument.Dates firstGregorian(String text) {
        List<GregorianSpan> spans = DateFinder.gregorian(text);
        return spans.isEmpty() ? null : new ReadDocument.Dates(spans.get(0).from(), spans.get(0).to());
    }

    private static ReadDocument.HijriDates firstHijri(String text) {
        List<HijriSpan> spans = DateFinder.hijri(text);
        return spans.isEmpty() ? null : new ReadDocument.HijriDates(spans.get(0).from(), spans.get(0).to());
    }

    private static ReadDocument.Dates sessionDates(String header) {
        return HeaderDates.session(header).map(s -> new ReadDocument.Dates(s.from(), s.to())).orElse(null);
    }

    private static boolean mentionsDeclaration(String header) {
        String folded = ReadingText.fold(header).toLowerCase(Locale.ROOT);
        return folded.contains("declaration") || folded.contains("اعلان");
    }

    private static boolean mentionsExtraordinary(String header) {
        String folded = ReadingText.fold(header).toLowerCase(Locale.ROOT);
        return folded.contains("extraordinary") || folded.contains("extraordinaire") || folded.contains("الاستثنائيه")
                || folded.contains("الاستثنائية") || folded.contains("استثنائيه") || folded.contains("استثنائية")
                || folded.contains("غير العادية") || folded.contains("غير العاديه") || folded.contains("special session");
    }
}

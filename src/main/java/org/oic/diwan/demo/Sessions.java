package org.oic.diwan.demo;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.SplittableRandom;

import org.oic.diwan.demo.Vocabulary.GeneralKind;

/**
 * Where, when and under which theme each session of each body met. Every resolution of a
 * session shares these, and a later resolution recalling it names the same city and year.
 */
final class Sessions {

    private static final int RAMADAN = 9;

    private final Vocabulary vocabulary;
    private final long seed;

    Sessions(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.seed = seed;
    }

    /** One session: its host city, its theme ({@code null} when it had none) and its days. */
    record Session(Place place, Phrase theme, SessionDates dates) {
    }

    /** The session, derived from the corpus seed, the body and the session number alone. */
    Session of(Body body, int session) {
        // A stream of its own, unrelated to the per-document streams seeded with seed * 1_000_003 + index.
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + body.ordinal() * 1_000L + session);
        List<Place> places = vocabulary.places();
        Place place = places.get(random.nextInt(places.size()));
        List<Phrase> themes = vocabulary.general(GeneralKind.THEME);
        Phrase theme = random.nextDouble() < 0.65 ? themes.get(random.nextInt(themes.size())) : null;
        return new Session(place, theme, dates(random, body.year(session)));
    }

    /** Two or three days within one Gregorian year, avoiding Ramadan when that is easy. */
    private static SessionDates dates(SplittableRandom random, int year) {
        int length = random.nextDouble() < 0.6 ? 2 : 3;
        int lastStartDay = Year.of(year).length() - length + 1;
        SessionDates dates = span(year, 1 + random.nextInt(lastStartDay), length);
        for (int attempt = 0; attempt < 4 && inRamadan(dates); attempt++) {
            dates = span(year, 1 + random.nextInt(lastStartDay), length);
        }
        return dates;
    }

    private static SessionDates span(int year, int dayOfYear, int length) {
        LocalDate start = LocalDate.ofYearDay(year, dayOfYear);
        return new SessionDates(start, start.plusDays(length - 1L));
    }

    private static boolean inRamadan(SessionDates dates) {
        return dates.hijriStart().month() == RAMADAN || dates.hijriEnd().month() == RAMADAN;
    }
}

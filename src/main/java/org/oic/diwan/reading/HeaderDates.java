package org.oic.diwan.reading;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of the dates in a header are the session's: those printed with its Hijri dates, else the
 * last ones. A date of issue may stand above the title; the session's come after the place.
 */
public final class HeaderDates {

    private HeaderDates() {}

    /** The session's Gregorian dates among those of a header, if it prints any. */
    public static Optional<GregorianSpan> session(String header) {
        List<GregorianSpan> spans = DateFinder.gregorian(header);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        List<HijriSpan> hijri = DateFinder.hijri(header);
        if (hijri.isEmpty()) {
            return Optional.of(spans.get(spans.size() - 1));
        }
        int at = hijri.get(0).start();
        return spans.stream().min(Comparator.comparingInt(s -> Math.abs(s.start() - at)));
    }
}

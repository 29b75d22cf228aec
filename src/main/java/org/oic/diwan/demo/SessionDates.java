package org.oic.diwan.demo;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Objects;

/**
 * The days of a session in the Gregorian calendar and, derived from them, in the Hijri calendar,
 * so that the two calendars printed side by side always agree.
 */
record SessionDates(LocalDate start, LocalDate end) {

    SessionDates {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("session ends before it starts: " + start + " > " + end);
        }
    }

    int year() {
        return start.getYear();
    }

    HijriDay hijriStart() {
        return HijriDay.of(start);
    }

    HijriDay hijriEnd() {
        return HijriDay.of(end);
    }

    /** A day of the Umm al-Qura calendar, as {@link HijrahDate} computes it. */
    record HijriDay(int day, int month, int year) {

        static HijriDay of(LocalDate date) {
            HijrahDate hijri = HijrahDate.from(date);
            return new HijriDay(
                    hijri.get(ChronoField.DAY_OF_MONTH),
                    hijri.get(ChronoField.MONTH_OF_YEAR),
                    hijri.get(ChronoField.YEAR));
        }
    }
}

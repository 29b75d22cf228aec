package org.oic.diwan.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.Optional;

/**
 * A day of the Hijri calendar as printed (Umm al-Qura reckoning when converted).
 *
 * <p>The day is kept as the document prints it, even where it does not exist under Umm al-Qura
 * (the 30th of a month that the tables give 29 days, as a local sighting of the moon may have it):
 * what was printed is evidence, the conversion is an estimate.
 *
 * @param year the Hijri year, e.g. 1444
 * @param month 1 (Muharram) to 12 (Dhu al-Hijjah)
 * @param day 1 to 30
 */
public record HijriDay(int year, int month, int day) implements Comparable<HijriDay> {

    public HijriDay {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("no Hijri year " + year);
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("no Hijri month " + month + " (1 to 12)");
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("no day " + day + " in a Hijri month (1 to 30)");
        }
    }

    /** ISO-like "1444-08-24". */
    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The Gregorian day under Umm al-Qura (java.time.chrono.HijrahDate), empty when out of range or invalid (e.g. day 30 of a 29-day month). */
    public Optional<LocalDate> toGregorian() {
        try {
            return Optional.of(LocalDate.from(HijrahChronology.INSTANCE.date(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The Hijri day of a Gregorian day under Umm al-Qura; throws DateTimeException outside the tables' range. */
    public static HijriDay of(LocalDate gregorian) {
        Objects.requireNonNull(gregorian, "gregorian");
        HijrahDate hijri = HijrahDate.from(gregorian);
        return new HijriDay(hijri.get(ChronoField.YEAR), hijri.get(ChronoField.MONTH_OF_YEAR),
                hijri.get(ChronoField.DAY_OF_MONTH));
    }

    @Override
    public int compareTo(HijriDay other) {
        if (year != other.year) {
            return Integer.compare(year, other.year);
        }
        if (month != other.month) {
            return Integer.compare(month, other.month);
        }
        return Integer.compare(day, other.day);
    }
}

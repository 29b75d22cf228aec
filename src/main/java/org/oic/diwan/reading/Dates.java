package org.oic.diwan.reading;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The two calendars as the date grammar sees them: which numbers are years, which days exist. */
final class Dates {

    /**
     * Gregorian years of the documents Diwan keeps; a year below 1600 next to a Gregorian month
     * is a misread Hijri year (1444), not a date of the sixteenth century.
     */
    static final int FIRST_GREGORIAN_YEAR = 1600;
    static final int LAST_GREGORIAN_YEAR = 2999;
    static final int FIRST_HIJRI_YEAR = 1000;
    static final int LAST_HIJRI_YEAR = 1999;

    static final DateGrammar.Calendar<LocalDate> GREGORIAN = new DateGrammar.Calendar<>() {
        @Override
        public boolean isYear(int value, int digits) {
            return isGregorianYear(value, digits);
        }

        @Override
        public LocalDate day(int year, int month, int day) {
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    };

    static final DateGrammar.Calendar<HijriDay> HIJRI = new DateGrammar.Calendar<>() {
        @Override
        public boolean isYear(int value, int digits) {
            return digits == 4 && value >= FIRST_HIJRI_YEAR && value <= LAST_HIJRI_YEAR;
        }

        @Override
        public HijriDay day(int year, int month, int day) {
            if (month < 1 || month > 12 || day < 1 || day > 30) {
                return null;
            }
            return new HijriDay(year, month, day);
        }
    };

    private Dates() {}

    /** A two-digit year is not a year: "16/03/23" could be any century. */
    static boolean isGregorianYear(int value, int digits) {
        return digits == 4 && value >= FIRST_GREGORIAN_YEAR && value <= LAST_GREGORIAN_YEAR;
    }
}

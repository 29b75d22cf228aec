package org.oic.diwan.demo;

import java.time.LocalDate;
import java.util.function.IntFunction;

/** Writes session dates in both calendars the way each language version prints them. */
final class DateWording {

    private static final String[] EN_MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"
    };
    private static final String[] FR_MONTHS = {
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"
    };
    private static final String[] AR_MONTHS = {
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر"
    };
    private static final String[] EN_HIJRI_MONTHS = {
        "Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Shaaban", "Ramadan", "Shawwal", "Dhul-Qa'dah", "Dhul-Hijjah"
    };
    private static final String[] FR_HIJRI_MONTHS = {
        "Mouharram", "Safar", "Rabia al-Awal", "Rabia al-Thani", "Joumada al-Oula", "Joumada al-Thania",
        "Rajab", "Chaâbane", "Ramadan", "Chawwal", "Dhou al-Qi'da", "Dhou al-Hijja"
    };
    private static final String[] AR_HIJRI_MONTHS = {
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
        "رمضان", "شوال", "ذو القعدة", "ذو الحجة"
    };

    private DateWording() {
    }

    static String englishMonth(int month) {
        return EN_MONTHS[month - 1];
    }

    static String englishHijriMonth(int month) {
        return EN_HIJRI_MONTHS[month - 1];
    }

    /** For example {@code 16–17 March 2023 (24–25 Shaaban 1444H)}. */
    static String english(SessionDates dates) {
        return range(gregorian(dates), EN_MONTHS, Integer::toString, "", "–", " – ")
                + " (" + range(hijri(dates), EN_HIJRI_MONTHS, Integer::toString, "H", "–", " – ") + ")";
    }

    /** For example {@code 16-17 mars 2023 (24-25 Chaâbane 1444H)}. */
    static String french(SessionDates dates) {
        return range(gregorian(dates), FR_MONTHS, DateWording::frenchDay, "", "-", " - ")
                + " (" + range(hijri(dates), FR_HIJRI_MONTHS, DateWording::frenchDay, "H", "-", " - ") + ")";
    }

    /** For example {@code 24 - 25 شعبان 1444هـ}. */
    static String arabicHijri(SessionDates dates) {
        return range(hijri(dates), AR_HIJRI_MONTHS, Integer::toString, "هـ", " - ", " - ");
    }

    /** For example {@code 16 - 17 مارس 2023م}. */
    static String arabicGregorian(SessionDates dates) {
        return range(gregorian(dates), AR_MONTHS, Integer::toString, "م", " - ", " - ");
    }

    /**
     * The Hijri dates as they are phrased inside the opening sentence: "يومي 24 و25 شعبان" or "أيام 24
     * و25 و26 شعبان" within one month, otherwise "خلال الفترة من ... إلى ...".
     */
    static String arabicHijriInSentence(SessionDates dates) {
        Span span = hijri(dates);
        String month = AR_HIJRI_MONTHS[span.lastMonth() - 1] + " " + span.lastYear() + "هـ";
        if (span.sameMonth() && span.lastDay() == span.firstDay() + 1) {
            return "يومي " + span.firstDay() + " و" + span.lastDay() + " " + month;
        }
        if (span.sameMonth() && span.lastDay() == span.firstDay() + 2) {
            return "أيام " + span.firstDay() + " و" + (span.firstDay() + 1) + " و" + span.lastDay() + " " + month;
        }
        return "خلال الفترة من " + range(span, AR_HIJRI_MONTHS, Integer::toString, "هـ", " إلى ", " إلى ");
    }

    private static String frenchDay(int day) {
        return day == 1 ? "1er" : Integer.toString(day);
    }

    private static Span gregorian(SessionDates dates) {
        LocalDate start = dates.start();
        LocalDate end = dates.end();
        return new Span(start.getDayOfMonth(), start.getMonthValue(), start.getYear(),
                end.getDayOfMonth(), end.getMonthValue(), end.getYear());
    }

    private static Span hijri(SessionDates dates) {
        SessionDates.HijriDay start = dates.hijriStart();
        SessionDates.HijriDay end = dates.hijriEnd();
        return new Span(start.day(), start.month(), start.year(), end.day(), end.month(), end.year());
    }

    /**
     * Writes a span of days naming each month and year only once where they are shared, which is
     * how both calendars are printed in the resolutions: "16–17 March", "30 March – 1 April".
     */
    private static String range(Span span, String[] months, IntFunction<String> day, String yearSuffix,
            String sameMonthSeparator, String separator) {
        String lastPart = day.apply(span.lastDay()) + " " + months[span.lastMonth() - 1] + " "
                + span.lastYear() + yearSuffix;
        if (span.firstDay() == span.lastDay() && span.sameMonth()) {
            return lastPart;
        }
        if (span.sameMonth()) {
            return day.apply(span.firstDay()) + sameMonthSeparator + lastPart;
        }
        String firstPart = day.apply(span.firstDay()) + " " + months[span.firstMonth() - 1];
        if (span.firstYear() != span.lastYear()) {
            firstPart += " " + span.firstYear() + yearSuffix;
        }
        return firstPart + separator + lastPart;
    }

    private record Span(int firstDay, int firstMonth, int firstYear, int lastDay, int lastMonth, int lastYear) {

        boolean sameMonth() {
            return firstMonth == lastMonth && firstYear == lastYear;
        }
    }
}

package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateWordingTests {

    private static SessionDates dates(LocalDate start, LocalDate end) {
        return new SessionDates(start, end);
    }

    @Test
    void bothCalendarsWithinOneMonth() {
        SessionDates dates = dates(LocalDate.of(2023, 3, 16), LocalDate.of(2023, 3, 17));
        assertThat(DateWording.english(dates)).isEqualTo("16–17 March 2023 (24–25 Shaaban 1444H)");
        assertThat(DateWording.french(dates)).isEqualTo("16-17 mars 2023 (24-25 Chaâbane 1444H)");
        assertThat(DateWording.arabicHijri(dates)).isEqualTo("24 - 25 شعبان 1444هـ");
        assertThat(DateWording.arabicGregorian(dates)).isEqualTo("16 - 17 مارس 2023م");
        assertThat(DateWording.arabicHijriInSentence(dates)).isEqualTo("يومي 24 و25 شعبان 1444هـ");
    }

    @Test
    void aRangeAcrossGregorianMonthsNamesBothMonths() {
        SessionDates dates = dates(LocalDate.of(2023, 3, 30), LocalDate.of(2023, 4, 1));
        assertThat(DateWording.english(dates)).isEqualTo("30 March – 1 April 2023 (8–10 Ramadan 1444H)");
        assertThat(DateWording.french(dates)).isEqualTo("30 mars - 1er avril 2023 (8-10 Ramadan 1444H)");
        assertThat(DateWording.arabicGregorian(dates)).isEqualTo("30 مارس - 1 أبريل 2023م");
        assertThat(DateWording.arabicHijriInSentence(dates)).isEqualTo("أيام 8 و9 و10 رمضان 1444هـ");
    }

    @Test
    void aRangeAcrossHijriMonthsNamesBothMonths() {
        SessionDates dates = dates(LocalDate.of(2023, 3, 21), LocalDate.of(2023, 3, 23));
        assertThat(DateWording.english(dates)).isEqualTo("21–23 March 2023 (29 Shaaban – 1 Ramadan 1444H)");
        assertThat(DateWording.arabicHijri(dates)).isEqualTo("29 شعبان - 1 رمضان 1444هـ");
        assertThat(DateWording.arabicHijriInSentence(dates)).isEqualTo("خلال الفترة من 29 شعبان إلى 1 رمضان 1444هـ");
    }

    @Test
    void aRangeAcrossHijriYearsNamesBothYears() {
        SessionDates dates = dates(LocalDate.of(2023, 7, 18), LocalDate.of(2023, 7, 19));
        assertThat(DateWording.english(dates)).endsWith("(30 Dhul-Hijjah 1444H – 1 Muharram 1445H)");
        assertThat(DateWording.french(dates)).endsWith("(30 Dhou al-Hijja 1444H - 1er Mouharram 1445H)");
    }
}

package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HijriDayTests {

    @Test
    void printsLikeAnIsoDate() {
        assertThat(new HijriDay(1444, 8, 24)).hasToString("1444-08-24");
        assertThat(new HijriDay(1432, 7, 1)).hasToString("1432-07-01");
    }

    @Test
    void convertsUnderUmmAlQura() {
        // The 49th CFM: 24-25 Shaaban 1444 = 16-17 March 2023, as its resolutions print.
        assertThat(new HijriDay(1444, 8, 24).toGregorian()).contains(LocalDate.of(2023, 3, 16));
        assertThat(new HijriDay(1444, 8, 25).toGregorian()).contains(LocalDate.of(2023, 3, 17));
        assertThat(HijriDay.of(LocalDate.of(2023, 3, 16))).isEqualTo(new HijriDay(1444, 8, 24));
    }

    @Test
    void roundTrips() {
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(37)) {
            assertThat(HijriDay.of(day).toGregorian()).contains(day);
        }
    }

    @Test
    void aDayTheTablesDoNotHaveConvertsToNothing() {
        // Ramadan 1444 has 29 days under Umm al-Qura; a local sighting may still print the 30th.
        assertThat(new HijriDay(1444, 9, 30).toGregorian()).isEmpty();
        assertThat(new HijriDay(1444, 8, 30).toGregorian()).contains(LocalDate.of(2023, 3, 22));
        assertThat(new HijriDay(1200, 1, 1).toGregorian()).isEmpty(); // before the tables
    }

    @Test
    void refusesWhatNoCalendarHas() {
        assertThatThrownBy(() -> new HijriDay(1444, 13, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HijriDay(1444, 1, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HijriDay(1444, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByYearMonthDay() {
        assertThat(new HijriDay(1444, 8, 24)).isLessThan(new HijriDay(1444, 8, 25));
        assertThat(new HijriDay(1444, 12, 29)).isLessThan(new HijriDay(1445, 1, 1));
    }
}

package org.oic.diwan.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oic.diwan.reading.Digits;
import org.oic.diwan.reading.HijriDay;

/**
 * A date typed as a bound of a search, in either calendar: {@code 2023-03-16}, {@code 2023},
 * or Hijri with an {@code H}/{@code AH}/{@code هـ} mark: {@code 1444-08-24H}, {@code 1444H}.
 * Hijri dates are converted by the Umm al-Qura calendar.
 */
final class DateBound {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?\\s*(H|AH|A\\.H\\.|هـ|ه)?",
            Pattern.CASE_INSENSITIVE);

    private DateBound() {}

    /**
     * The first (or last) Gregorian day a bound stands for.
     *
     * @param last whether the bound ends a range (a year then means its last day)
     * @throws IllegalArgumentException when it is not a date
     */
    static Optional<LocalDate> parse(String typed, boolean last) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(Digits.ascii(typed.strip()));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date: " + typed + " (write 2023-03-16, 2023, 1444-08-24H or 1444H)");
        }
        int year = Integer.parseInt(m.group(1));
        boolean hijri = m.group(4) != null;
        try {
            if (!hijri) {
                if (m.group(2) == null) {
                    return Optional.of(last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
                }
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    LocalDate first = LocalDate.of(year, month, 1);
                    return Optional.of(last ? first.plusMonths(1).minusDays(1) : first);
                }
                return Optional.of(LocalDate.parse("%04d-%02d-%02d".formatted(year, month, Integer.parseInt(m.group(3)))));
            }
            int month = m.group(2) == null ? (last ? 12 : 1) : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? (last ? 29 : 1) : Integer.parseInt(m.group(3));
            LocalDate gregorian = new HijriDay(year, month, day).toGregorian()
                    .orElseThrow(() -> new IllegalArgumentException("a Hijri date outside the Umm al-Qura tables: " + typed));
            if (last && m.group(3) == null) {
                // the month's last day is 29 or 30: take the day before the next month's first
                gregorian = month == 12 ? new HijriDay(year + 1, 1, 1).toGregorian().map(d -> d.minusDays(1)).orElse(gregorian)
                        : new HijriDay(year, month + 1, 1).toGregorian().map(d -> d.minusDays(1)).orElse(gregorian);
            }
            return Optional.of(gregorian);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + typed);
        }
    }
}

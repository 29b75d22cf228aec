package org.oic.diwan.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Dates written in numbers only: {@code 16/03/2023}, {@code 2023-03-16}, {@code 1444/8/24هـ}.
 *
 * <p>A numeric date is read only when it cannot be read two ways. Day/month/year with a four-digit
 * year counts when the first number cannot be a month (16/03/2023) or both are equal; 03/04/2023
 * could be American and is left alone, unless an Arabic era marker follows ({@code 3/4/2023م}),
 * since Arabic never writes the month first. Year/month/day is unambiguous. A Hijri numeric date
 * needs its marker (هـ, H, AH), or it would be read as a Gregorian date of the sixteenth century.
 */
final class NumericDates {

    private NumericDates() {}

    static void find(FoldedText text, List<DateGrammar.Found<LocalDate>> gregorian,
            List<DateGrammar.Found<HijriDay>> hijri) {
        int n = text.length();
        int p = 0;
        while (p < n) {
            if (!Digits.isAscii(text.charAt(p)) || !startsNumber(text, p)) {
                p++;
                continue;
            }
            int next = read(text, p, gregorian, hijri);
            p = Math.max(next, p + 1);
        }
    }

    private static boolean startsNumber(FoldedText text, int p) {
        char before = text.at(p - 1);
        if (Digits.isAscii(before) || FoldedText.isLetter(before) || before == '/' || before == '.') {
            return false;
        }
        return !(before == '-' && Digits.isAscii(text.at(p - 2)));
    }

    /** Reads a numeric date at p; returns where reading may go on. */
    private static int read(FoldedText text, int p, List<DateGrammar.Found<LocalDate>> gregorian,
            List<DateGrammar.Found<HijriDay>> hijri) {
        int firstEnd = digitsEnd(text, p);
        char separator = text.at(firstEnd);
        if (separator != '/' && separator != '.' && separator != '-') {
            return firstEnd;
        }
        int second = firstEnd + 1;
        int secondEnd = digitsEnd(text, second);
        if (secondEnd == second || text.at(secondEnd) != separator) {
            return firstEnd;
        }
        int third = secondEnd + 1;
        int thirdEnd = digitsEnd(text, third);
        if (thirdEnd == third) {
            return firstEnd;
        }
        char after = text.at(thirdEnd);
        if (Digits.isAscii(after) || after == '/' || (after == separator && Digits.isAscii(text.at(thirdEnd + 1)))) {
            return thirdEnd;
        }
        int a = number(text, p, firstEnd);
        int b = number(text, second, secondEnd);
        int c = number(text, third, thirdEnd);
        int day;
        int month;
        int year;
        boolean dayFirst;
        if (firstEnd - p <= 2 && secondEnd - second <= 2 && thirdEnd - third == 4) {
            dayFirst = true;
            day = a;
            month = b;
            year = c;
        } else if (firstEnd - p == 4 && secondEnd - second <= 2 && thirdEnd - third <= 2) {
            dayFirst = false;
            year = a;
            month = b;
            day = c;
        } else {
            return thirdEnd;
        }
        int end = thirdEnd;
        int markerAt = text.at(end) == ' ' ? end + 1 : end;
        PhraseTrie.Match<Boolean> hijriEra = markerAt < text.length()
                ? MonthNames.hijri().eras().at(text, markerAt, PhraseTrie.Edges.LETTERS) : null;
        PhraseTrie.Match<Boolean> gregorianEra = markerAt < text.length()
                ? MonthNames.gregorian().eras().at(text, markerAt, PhraseTrie.Edges.LETTERS) : null;
        if (FoldedText.isLetter(after) && hijriEra == null && gregorianEra == null) {
            return thirdEnd;
        }
        if (hijriEra != null) {
            if (year >= 1000 && year <= 1999 && month >= 1 && month <= 12 && day >= 1 && day <= 30) {
                HijriDay d = new HijriDay(year, month, day);
                hijri.add(new DateGrammar.Found<>(d, d, p, hijriEra.end()));
            }
            return hijriEra.end();
        }
        boolean unambiguous = !dayFirst || day > 12 || day == month || gregorianEra != null;
        if (!unambiguous || month > 12 || !Dates.isGregorianYear(year, 4)) {
            return thirdEnd;
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            gregorian.add(new DateGrammar.Found<>(d, d, p, gregorianEra != null ? gregorianEra.end() : end));
        } catch (DateTimeException e) {
            // no such day: nothing is invented
        }
        return gregorianEra != null ? gregorianEra.end() : thirdEnd;
    }

    private static int digitsEnd(FoldedText text, int p) {
        int q = p;
        while (q < text.length() && Digits.isAscii(text.charAt(q)) && q - p <= 4) {
            q++;
        }
        return q;
    }

    private static int number(FoldedText text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (text.charAt(i) - '0');
        }
        return v;
    }
}

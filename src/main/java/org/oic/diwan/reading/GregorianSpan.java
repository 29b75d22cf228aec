package org.oic.diwan.reading;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Gregorian date or range found in a text, with its character offsets [start, end) in that text.
 *
 * @param from the first day; equal to {@code to} for a single date
 * @param to the last day
 * @param start where the date starts in the text (its first day number, or its month in US order)
 * @param end just after the year, or after the era marker that follows it ({@code 2011م})
 */
public record GregorianSpan(LocalDate from, LocalDate to, int start, int end) {

    public GregorianSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a span ends before it starts: " + from + " > " + to);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        }
    }
}

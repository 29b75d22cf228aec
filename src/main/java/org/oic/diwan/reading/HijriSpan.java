package org.oic.diwan.reading;

import java.util.Objects;

/**
 * A Hijri date or range found in a text, with its offsets.
 *
 * @param from the first day; equal to {@code to} for a single date
 * @param to the last day
 * @param start where the date starts in the text
 * @param end just after the year, or after the marker that follows it ({@code 1444هـ}, {@code 1444H})
 */
public record HijriSpan(HijriDay from, HijriDay to, int start, int end) {

    public HijriSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("a span ends before it starts: " + from + " > " + to);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        }
    }
}

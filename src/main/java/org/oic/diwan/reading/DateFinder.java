package org.oic.diwan.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Finds the Gregorian and Hijri dates printed in a text, as single days or ranges, in Arabic,
 * English and French, in any digits.
 *
 * <p>A resolution prints its session's dates in both calendars ({@code 24 - 25 شعبان 1444هـ},
 * {@code 16 - 17 مارس 2023}) and cites earlier sessions the same way. Month names are looked up in
 * {@code reading/gregorian-months.tsv} and {@code reading/hijri-months.tsv}; the text is read once
 * for each calendar, and every offset refers to the text as given.
 */
public final class DateFinder {

    private DateFinder() {}

    private static final class Grammars {
        static final DateGrammar<LocalDate> GREGORIAN = new DateGrammar<>(MonthNames.gregorian(), Dates.GREGORIAN);
        static final DateGrammar<HijriDay> HIJRI = new DateGrammar<>(MonthNames.hijri(), Dates.HIJRI);
    }

    /** Every Gregorian date or range in the text, in order. */
    public static List<GregorianSpan> gregorian(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<DateGrammar.Found<LocalDate>> found = new ArrayList<>(Grammars.GREGORIAN.find(folded));
        NumericDates.find(folded, found, new ArrayList<>());
        return spans(folded, found, (f, range) -> new GregorianSpan(f.from(), f.to(), range[0], range[1]));
    }

    /** Every Hijri date or range in the text, in order. */
    public static List<HijriSpan> hijri(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<DateGrammar.Found<HijriDay>> found = new ArrayList<>(Grammars.HIJRI.find(folded));
        NumericDates.find(folded, new ArrayList<>(), found);
        return spans(folded, found, (f, range) -> new HijriSpan(f.from(), f.to(), range[0], range[1]));
    }

    /** In text order, without overlaps (the first, then the longest, wins), in original offsets. */
    private static <D, S> List<S> spans(FoldedText folded, List<DateGrammar.Found<D>> found,
            BiFunction<DateGrammar.Found<D>, int[], S> span) {
        found.sort(Comparator.<DateGrammar.Found<D>>comparingInt(DateGrammar.Found::start)
                .thenComparing(Comparator.<DateGrammar.Found<D>>comparingInt(DateGrammar.Found::end).reversed()));
        List<S> spans = new ArrayList<>(found.size());
        int lastEnd = -1;
        for (DateGrammar.Found<D> f : found) {
            if (f.start() < lastEnd) {
                continue;
            }
            lastEnd = f.end();
            int[] range = {folded.originalStart(f.start()), folded.originalEnd(f.end())};
            spans.add(span.apply(f, range));
        }
        return List.copyOf(spans);
    }
}

package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the dates written around the month names of one calendar.
 *
 * <p>The shapes it knows are those of resolutions in Arabic, English and French: a day or days
 * before the month and the year after it ({@code 16–17 March 2023}, {@code du 18 au 20 mai 2010},
 * {@code يومي 24 و25 شعبان 1444هـ}, {@code 28 June – 1 July 2011}, {@code 30 December 2010 – 2
 * January 2011}), and the US order ({@code March 16–17, 2023}). Each month name is read within a
 * few tokens of it, so the work is proportional to the text, and nothing is guessed: a date
 * without a year, an impossible day or a two-digit year gives nothing.
 *
 * @param <D> the calendar's day
 */
final class DateGrammar<D extends Comparable<? super D>> {

    /** How far (in folded chars) from a month name its date may reach. */
    private static final int WINDOW = 80;

    /** How many days a list may name ({@code 24, 25 and 26}). */
    private static final int MAX_LIST = 7;

    private static final Set<String> RANGE_WORDS =
            Set.of("to", "till", "until", "through", "thru", "au", "a", "\u0627\u0644\u064A", "\u062D\u062A\u064A");
    private static final Set<String> AND_WORDS = Set.of("and", "et", "\u0648");
    private static final Set<String> BETWEEN_WORDS = Set.of("between", "entre", "\u0628\u064A\u0646");
    /** Between a day and its month: "16th of March", "24 من شهر رجب". */
    private static final Set<String> OF_WORDS = Set.of("of", "de");
    private static final Set<String> MONTH_WORDS = Set.of("\u0634\u0647\u0631");
    private static final Set<String> FROM_WORDS = Set.of("\u0645\u0646");
    /** Between a month and its year: "رجب سنة 1432", "رجب عام 1432". */
    private static final Set<String> YEAR_WORDS =
            Set.of("\u0633\u0646\u0647", "\u0639\u0627\u0645", "\u0644\u0639\u0627\u0645", "\u0644\u0633\u0646\u0647");

    /** A calendar: which numbers are its years, and which days exist in it. */
    interface Calendar<D> {

        boolean isYear(int value, int digits);

        /** The day, or null when the calendar has no such day. */
        D day(int year, int month, int day);
    }

    /** A date found, in folded offsets. */
    record Found<D>(D from, D to, int start, int end) {}

    private enum Kind { SINGLE, RANGE, LIST }

    private record Days(Kind kind, int[] tokens) {

        int firstToken() {
            return tokens[0];
        }
    }

    private record Year(int value, int end, int lastToken) {}

    private record Continuation(int dayToken, int monthToken, Year year) {}

    private final MonthNames names;
    private final Calendar<D> calendar;

    DateGrammar(MonthNames names, Calendar<D> calendar) {
        this.names = names;
        this.calendar = calendar;
    }

    /** Every date of this calendar written with a month name, in folded offsets, in order. */
    List<Found<D>> find(FoldedText text) {
        List<PhraseTrie.Match<Integer>> hits = names.months().findAll(text, PhraseTrie.Edges.LETTERS, false);
        List<Found<D>> found = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            int j = i;
            int to = hits.get(i).end() + WINDOW;
            while (j + 1 < hits.size() && hits.get(j + 1).start() - WINDOW <= to) {
                j++;
                to = hits.get(j).end() + WINDOW;
            }
            int from = Math.max(0, hits.get(i).start() - WINDOW);
            DateTokens tokens = DateTokens.of(text, from, Math.min(text.length(), to), hits.subList(i, j + 1));
            read(tokens, found);
            i = j + 1;
        }
        return found;
    }

    private void read(DateTokens t, List<Found<D>> out) {
        int consumed = -1;
        for (int m = 0; m < t.size(); m++) {
            if (t.kind(m) == DateTokens.MONTH && m > consumed) {
                int last = readAt(t, m, out);
                if (last >= 0) {
                    consumed = last;
                }
            }
        }
    }

    /** Reads the date around the month name at token m; the last token used, or -1. */
    private int readAt(DateTokens t, int m, List<Found<D>> out) {
        Days left = daysBefore(t, m);
        if (left == null) {
            return usOrder(t, m, out);
        }
        int month = t.value(m);
        Year year = yearAfter(t, m);
        if (year != null) {
            Continuation next = continuation(t, year.lastToken());
            if (next != null && left.kind() == Kind.SINGLE) {
                D from = calendar.day(year.value(), month, t.value(left.firstToken()));
                D to = calendar.day(next.year().value(), t.value(next.monthToken()), t.value(next.dayToken()));
                if (from != null && to != null && from.compareTo(to) < 0) {
                    out.add(new Found<>(from, to, t.start(left.firstToken()), next.year().end()));
                    return next.year().lastToken();
                }
            }
            return emit(t, left, month, year, out) ? year.lastToken() : -1;
        }
        // "28 June – 1 July 2011": the year is printed once, after the second month.
        Continuation next = continuation(t, m);
        if (next == null) {
            return -1;
        }
        int secondMonth = t.value(next.monthToken());
        int lastYear = next.year().value();
        int firstYear = month > secondMonth ? lastYear - 1 : lastYear;
        D from = calendar.day(firstYear, month, t.value(left.firstToken()));
        D to = calendar.day(lastYear, secondMonth, t.value(next.dayToken()));
        if (from == null || to == null || from.compareTo(to) >= 0) {
            return -1;
        }
        out.add(new Found<>(from, to, t.start(left.firstToken()), next.year().end()));
        return next.year().lastToken();
    }

    private boolean emit(DateTokens t, Days left, int month, Year year, List<Found<D>> out) {
        int[] tokens = left.tokens();
        int start = t.start(tokens[0]);
        switch (left.kind()) {
            case SINGLE -> {
                D day = calendar.day(year.value(), month, t.value(tokens[0]));
                if (day == null) {
                    return false;
                }
                out.add(new Found<>(day, day, start, year.end()));
                return true;
            }
            case RANGE -> {
                int a = t.value(tokens[0]);
                int b = t.value(tokens[1]);
                // "25-24 نوفمبر": PDF extraction reverses a range; the days are the same.
                D from = calendar.day(year.value(), month, Math.min(a, b));
                D to = calendar.day(year.value(), month, Math.max(a, b));
                if (from == null || to == null) {
                    return false;
                }
                out.add(new Found<>(from, to, start, year.end()));
                return true;
            }
            default -> {
                return emitList(t, tokens, month, year, out);
            }
        }
    }

    /**
     * "24 و25 و26": consecutive days make one range; other days are separate dates, each over its
     * own number and the last one up to the year, since a range would add days never printed.
     */
    private boolean emitList(DateTokens t, int[] tokens, int month, Year year, List<Found<D>> out) {
        List<D> days = new ArrayList<>(tokens.length);
        boolean consecutive = true;
        for (int k = 0; k < tokens.length; k++) {
            D day = calendar.day(year.value(), month, t.value(tokens[k]));
            if (day == null) {
                return false;
            }
            if (k > 0 && t.value(tokens[k]) != t.value(tokens[k - 1]) + 1) {
                consecutive = false;
            }
            days.add(day);
        }
        if (consecutive) {
            out.add(new Found<>(days.get(0), days.get(days.size() - 1), t.start(tokens[0]), year.end()));
            return true;
        }
        for (int k = 0; k < tokens.length; k++) {
            int end = k == tokens.length - 1 ? year.end() : t.end(tokens[k]);
            out.add(new Found<>(days.get(k), days.get(k), t.start(tokens[k]), end));
        }
        return true;
    }

    /** The day or days just before the month at token m, or null. */
    private Days daysBefore(DateTokens t, int m) {
        int i = m - 1;
        if (t.isWord(i, OF_WORDS)) {
            i--;
        } else if (t.isWord(i, MONTH_WORDS)) {
            i--;
            if (t.isWord(i, FROM_WORDS)) {
                i--;
            }
        }
        if (!isDay(t, i)) {
            return null;
        }
        int k = i - 1;
        if (isRangeSeparator(t, k) && isDay(t, k - 1)) {
            return new Days(Kind.RANGE, new int[] {k - 1, i});
        }
        if (!(isAnd(t, k) && isDay(t, k - 1))) {
            return new Days(Kind.SINGLE, new int[] {i});
        }
        List<Integer> list = new ArrayList<>();
        list.add(i);
        list.add(0, k - 1);
        k -= 2;
        while (list.size() < MAX_LIST && (isAnd(t, k) || t.isPunct(k, ',')) && isDay(t, k - 1)) {
            list.add(0, k - 1);
            k -= 2;
        }
        int[] tokens = list.stream().mapToInt(Integer::intValue).toArray();
        if (tokens.length == 2 && t.isWord(k, BETWEEN_WORDS)) {
            return new Days(Kind.RANGE, tokens); // "between 18 and 20 May" is a range
        }
        return new Days(Kind.LIST, tokens);
    }

    /** The year after the month at token m (after an abbreviation's dot, a comma, "سنة"), with its era marker. */
    private Year yearAfter(DateTokens t, int m) {
        int j = m + 1;
        if (t.isPunct(j, '.')) {
            j++;
        }
        if (t.isPunct(j, ',')) {
            j++;
        }
        if (t.isWord(j, YEAR_WORDS)) {
            j++;
        }
        return yearAt(t, j);
    }

    private Year yearAt(DateTokens t, int j) {
        if (t.kind(j) != DateTokens.NUM || t.hasSuffix(j) || t.value(j) < 0
                || !calendar.isYear(t.value(j), t.digits(j))) {
            return null;
        }
        int end = t.end(j);
        FoldedText text = t.text();
        int p = text.at(end) == ' ' ? end + 1 : end;
        PhraseTrie.Match<Boolean> era = p < text.length() ? names.eras().at(text, p, PhraseTrie.Edges.LETTERS) : null;
        if (era != null) {
            end = era.end();
        }
        return new Year(t.value(j), end, t.lastTokenBefore(end, j));
    }

    /** "– 2 January 2011" after token i: a range separator, a day, a month and its year. */
    private Continuation continuation(DateTokens t, int i) {
        int k = i + 1;
        if (!isRangeSeparator(t, k) || !isDay(t, k + 1) || t.kind(k + 2) != DateTokens.MONTH) {
            return null;
        }
        Year year = yearAfter(t, k + 2);
        return year == null ? null : new Continuation(k + 1, k + 2, year);
    }

    /** "March 16, 2023", "March 16–17, 2023", "June 28 – July 1, 2011". */
    private int usOrder(DateTokens t, int m, List<Found<D>> out) {
        int first = m + 1;
        if (!isDay(t, first)) {
            return -1;
        }
        int last = first;
        int lastMonth = m;
        int k = first + 1;
        boolean range = isRangeSeparator(t, k);
        if (range || isAnd(t, k)) {
            if (isDay(t, k + 1)) {
                last = k + 1;
                k += 2;
            } else if (range && t.kind(k + 1) == DateTokens.MONTH && isDay(t, k + 2)) {
                lastMonth = k + 1;
                last = k + 2;
                k += 3;
            }
        }
        if (t.isPunct(k, ',')) {
            k++;
        }
        Year year = yearAt(t, k);
        if (year == null) {
            return -1;
        }
        int a = t.value(first);
        int b = t.value(last);
        if (lastMonth == m && !range && last != first && b != a + 1) {
            return -1; // "March 3 and 16": two dates, not a range
        }
        int firstMonth = t.value(m);
        int secondMonth = t.value(lastMonth);
        int firstYear = firstMonth > secondMonth ? year.value() - 1 : year.value();
        D from;
        D to;
        if (lastMonth == m) {
            from = calendar.day(year.value(), firstMonth, Math.min(a, b));
            to = calendar.day(year.value(), firstMonth, Math.max(a, b));
        } else {
            from = calendar.day(firstYear, firstMonth, a);
            to = calendar.day(year.value(), secondMonth, b);
        }
        if (from == null || to == null || from.compareTo(to) > 0) {
            return -1;
        }
        out.add(new Found<>(from, to, t.start(m), year.end()));
        return year.lastToken();
    }

    private static boolean isDay(DateTokens t, int i) {
        return t.kind(i) == DateTokens.NUM && t.digits(i) <= 2 && t.value(i) >= 1 && t.value(i) <= 31;
    }

    private static boolean isRangeSeparator(DateTokens t, int i) {
        return t.isPunct(i, '-') || t.isWord(i, RANGE_WORDS);
    }

    private static boolean isAnd(DateTokens t, int i) {
        return t.isWord(i, AND_WORDS) || t.isPunct(i, '&');
    }
}

package org.oic.diwan.reading;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The tokens of a stretch of folded text around month names: numbers, words, punctuation marks and
 * the month names themselves (found beforehand, since a name may span several words).
 *
 * <p>Digits and letters are split apart, because Arabic glues the conjunction to the next number
 * ({@code و25}) and the era marker to the year ({@code 2011م}, {@code 1444هـ}); an ordinal suffix
 * glued to a number stays with it ({@code 1er}, {@code 16th}).
 */
final class DateTokens {

    static final byte NUM = 1;
    static final byte WORD = 2;
    static final byte PUNCT = 3;
    static final byte MONTH = 4;

    /** Numbers longer than this are kept as tokens but never read as a day or a year. */
    private static final int MAX_DIGITS = 6;

    private static final Set<String> ORDINAL_SUFFIXES =
            Set.of("st", "nd", "rd", "th", "er", "re", "ere", "e", "eme", "ieme", "\u00BA", "\u00AA");

    private final FoldedText text;
    private byte[] kind = new byte[32];
    private int[] start = new int[32];
    private int[] end = new int[32];
    private int[] value = new int[32];
    private byte[] digits = new byte[32];
    private int size;

    private DateTokens(FoldedText text) {
        this.text = text;
    }

    /** The tokens of text[from, to), with the month names given (in order) as single tokens. */
    static DateTokens of(FoldedText text, int from, int to, List<PhraseTrie.Match<Integer>> months) {
        DateTokens tokens = new DateTokens(text);
        int p = from;
        // A window that starts inside a word or number would read its tail as a whole one.
        if (p > 0 && FoldedText.isLetterOrDigit(text.at(p - 1))) {
            while (p < to && FoldedText.isLetterOrDigit(text.charAt(p))) {
                p++;
            }
        }
        int next = 0;
        while (p < to) {
            while (next < months.size() && months.get(next).start() < p) {
                next++;
            }
            if (next < months.size() && months.get(next).start() == p) {
                PhraseTrie.Match<Integer> month = months.get(next++);
                tokens.add(MONTH, p, month.end(), month.value(), 0);
                p = month.end();
                continue;
            }
            char c = text.charAt(p);
            if (c == ' ') {
                p++;
            } else if (Digits.isAscii(c)) {
                int q = p;
                long number = 0;
                while (q < to && Digits.isAscii(text.charAt(q))) {
                    if (q - p < MAX_DIGITS) {
                        number = number * 10 + (text.charAt(q) - '0');
                    }
                    q++;
                }
                if (q == to && FoldedText.isLetterOrDigit(text.at(to))) {
                    break; // cut by the end of the window
                }
                int count = q - p;
                int suffixEnd = tokens.ordinalSuffixEnd(q, to);
                tokens.add(NUM, p, suffixEnd, count > MAX_DIGITS ? -1 : (int) number,
                        suffixEnd > q ? -count : count);
                p = suffixEnd;
            } else if (FoldedText.isLetter(c)) {
                int q = p;
                while (q < to && FoldedText.isLetter(text.charAt(q)) && !monthStartsAt(months, next, q, p)) {
                    q++;
                }
                if (q == to && FoldedText.isLetterOrDigit(text.at(to))) {
                    break;
                }
                tokens.add(WORD, p, q, 0, 0);
                p = q;
            } else {
                tokens.add(PUNCT, p, p + 1, c, 0);
                p++;
            }
        }
        return tokens;
    }

    private static boolean monthStartsAt(List<PhraseTrie.Match<Integer>> months, int next, int q, int wordStart) {
        return q > wordStart && next < months.size() && months.get(next).start() == q;
    }

    /** Where an ordinal suffix glued to a number ends ({@code 1er}, {@code 16th}), or q when there is none. */
    private int ordinalSuffixEnd(int q, int to) {
        int r = q;
        while (r < to && FoldedText.isLetter(text.charAt(r)) && r - q <= 4) {
            r++;
        }
        if (r == q || FoldedText.isLetter(text.at(r))) {
            return q;
        }
        return ORDINAL_SUFFIXES.contains(text.substring(q, r)) ? r : q;
    }

    private void add(byte k, int s, int e, int v, int d) {
        if (size == kind.length) {
            int capacity = size * 2;
            kind = Arrays.copyOf(kind, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            value = Arrays.copyOf(value, capacity);
            digits = Arrays.copyOf(digits, capacity);
        }
        kind[size] = k;
        start[size] = s;
        end[size] = e;
        value[size] = v;
        digits[size] = (byte) Math.max(-127, Math.min(127, d));
        size++;
    }

    int size() {
        return size;
    }

    FoldedText text() {
        return text;
    }

    /** The kind of token i, or 0 outside the list, so that look-arounds need no bounds checks. */
    byte kind(int i) {
        return i >= 0 && i < size ? kind[i] : 0;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    /** A number's value (-1 when too long), a month's number, a punctuation mark's char. */
    int value(int i) {
        return value[i];
    }

    /** How many digits a number has. */
    int digits(int i) {
        return Math.abs(digits[i]);
    }

    /** Whether a number carries an ordinal suffix ({@code 1er}, {@code 16th}). */
    boolean hasSuffix(int i) {
        return digits[i] < 0;
    }

    boolean isWord(int i, Set<String> words) {
        return kind(i) == WORD && words.contains(text.substring(start[i], end[i]));
    }

    boolean isPunct(int i, char c) {
        return kind(i) == PUNCT && value[i] == c;
    }

    /** The last token that starts before a folded offset. */
    int lastTokenBefore(int offset, int from) {
        int i = from;
        while (i + 1 < size && start[i + 1] < offset) {
            i++;
        }
        return i;
    }
}

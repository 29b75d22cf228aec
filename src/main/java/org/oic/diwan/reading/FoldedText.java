package org.oic.diwan.reading;

import java.text.Normalizer;

/**
 * A text folded for matching, which remembers where each of its chars came from.
 *
 * <p>Printed names vary in ways that do not change the word: case, Latin accents, the hamza seat
 * on an alef, taa marbuta written as haa, alef maqsura written as yaa, tatweel, diacritics, the
 * digit script, the kind of dash or apostrophe, spacing, and the markdown that extraction leaves
 * ({@code **bold**}, {@code 49^{ÈME}}). Folding removes these differences so that one lexicon entry
 * covers them all. Since folding may drop chars, every folded char keeps the index of the char it
 * came from, and matches are reported in offsets of the text as given.
 */
final class FoldedText {

    /** How far a {@code ^{} may be from its closing brace for the pair to count as a superscript. */
    private static final int MAX_SUPERSCRIPT = 16;

    private static final char[] LATIN = latinTable();

    private final String original;
    private final char[] chars;
    private final int[] origin;
    private final int length;

    private FoldedText(String original, char[] chars, int[] origin, int length) {
        this.original = original;
        this.chars = chars;
        this.origin = origin;
        this.length = length;
    }

    static FoldedText of(String text) {
        String s = text == null ? "" : text;
        int n = s.length();
        char[] chars = new char[n];
        int[] origin = new int[n];
        int out = 0;
        int closingBrace = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (i == closingBrace) {
                continue;
            }
            if (c == '^') {
                // A superscript printed as markdown: 49^{ÈME}, XXI^e; the marks go, the letters stay.
                if (i + 1 < n && s.charAt(i + 1) == '{') {
                    int close = s.indexOf('}', i + 2);
                    if (close > 0 && close - i <= MAX_SUPERSCRIPT) {
                        closingBrace = close;
                        i++;
                    }
                }
                continue;
            }
            if (c == '*' || isIgnorable(c)) {
                continue;
            }
            char f = fold(c);
            if (f == ' ') {
                if (out == 0 || chars[out - 1] == ' ') {
                    continue;
                }
            }
            chars[out] = f;
            origin[out] = i;
            out++;
        }
        return new FoldedText(s, chars, origin, out);
    }

    /** Folds one char; white space of any kind becomes a plain space. */
    static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                return ' ';
            }
            if (c == '`') {
                return '\'';
            }
            return c;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        char digit = Digits.ascii(c);
        if (digit != c) {
            return digit;
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671' -> {
                return '\u0627'; // alef with hamza above or below, madda, wasla: alef
            }
            case '\u0629' -> {
                return '\u0647'; // taa marbuta: haa
            }
            case '\u0649', '\u06CC', '\u064A' -> {
                return '\u064A'; // alef maqsura, Persian yeh: yaa
            }
            case '\u0624', '\u0626' -> {
                return '\u0621'; // hamza on waw or on yaa: hamza (الشؤون and الشئون are one word)
            }
            case '\u06A9' -> {
                return '\u0643'; // Persian keheh: kaf
            }
            case '\u06D5' -> {
                return '\u0647';
            }
            case '\u060C' -> {
                return ','; // Arabic comma
            }
            case '\u061B' -> {
                return ';';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> {
                return '-';
            }
            case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '\u00B4', '\u2032', '\uFF07' -> {
                return '\'';
            }
            case '\u0131' -> {
                return 'i'; // dotless i, as in Turkish names
            }
            default -> {
                // fall through to the Latin table and lower case
            }
        }
        if (c < LATIN.length) {
            return LATIN[c];
        }
        return Character.toLowerCase(c);
    }

    /** Chars that decorate a letter without changing it: tatweel, Arabic diacritics, combining marks. */
    static boolean isIgnorable(char c) {
        return c == '\u0640'
                || (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6')
                || (c >= '\u0300' && c <= '\u036F')
                || c == '\u200C' || c == '\u200D';
    }

    private static char[] latinTable() {
        char[] table = new char[0x250];
        for (char c = 0; c < table.length; c++) {
            char lower = Character.toLowerCase(c);
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            table[c] = c >= 0xC0 && base < 0x80 && Character.isLetter(base) ? base : lower;
        }
        table['\u00F8'] = 'o';
        table['\u00D8'] = 'o';
        table['\u0111'] = 'd';
        table['\u0110'] = 'd';
        table['\u0142'] = 'l';
        table['\u0141'] = 'l';
        table['\u00A0'] = ' ';
        return table;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /**
     * The char at i, or NUL outside the text: neither a letter nor a digit, so it reads as a word
     * boundary, and not a space, so that no loop skipping spaces runs past the end.
     */
    char at(int i) {
        return i >= 0 && i < length ? chars[i] : '\0';
    }

    String substring(int start, int end) {
        return new String(chars, start, end - start);
    }

    /** Where the folded char at i starts in the original text. */
    int originalStart(int i) {
        return i < length ? origin[i] : original.length();
    }

    /**
     * Where a folded span ending (exclusive) at end ends in the original text: just after its last
     * char, and after the diacritics, tatweel or closing superscript brace that belong to that char.
     */
    int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int o = origin[end - 1] + 1;
        int n = original.length();
        while (o < n) {
            char c = original.charAt(o);
            if (isIgnorable(c)) {
                o++;
            } else if (c == '}' && superscriptOpensBefore(o)) {
                o++;
            } else {
                break;
            }
        }
        return o;
    }

    private boolean superscriptOpensBefore(int closing) {
        int from = Math.max(0, closing - MAX_SUPERSCRIPT);
        int open = original.lastIndexOf("^{", closing);
        return open >= from && original.indexOf('}', open) == closing;
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A';
    }
}

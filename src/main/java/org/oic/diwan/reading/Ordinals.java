package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.oic.diwan.text.Language;

/**
 * Finds the ordinal numbers that number sessions, written in words or in digits, in Arabic, English
 * and French.
 *
 * <p>An ordinal in words names a rank wherever it stands ("the third extraordinary Islamic Summit",
 * "القمة الإسلامية الثالثة عشرة"), so words are found everywhere, except where they are part of
 * something else: a month (ربيع الأول, كانون الثاني), a century (القرن الحادي والعشرين, 21st century),
 * a title (Premier ministre). Digits with an ordinal suffix ({@code 49th}, {@code 49ème},
 * {@code 49^{e}}, {@code 1er}) are ordinals too, unless they are the day of a date ({@code 1er
 * janvier}). A bare number is an ordinal only after a session word ({@code الدورة 49},
 * {@code الدورة الـ49}, {@code session 49}), since numbers are otherwise counts, paragraphs or years.
 */
public final class Ordinals {

    /** Ordinals above this are not session numbers. */
    private static final int MAX_VALUE = 300;

    private static final Set<String> SUFFIXES = Set.of(
            "st", "nd", "rd", "th", "er", "re", "ere", "e", "eme", "ieme", "me", "nde", "\u00BA", "\u00AA");
    private static final Set<String> SPACED_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> ROMAN_SUFFIXES = Set.of("e", "eme", "ieme", "er", "re", "ere");

    /** Words after which an ordinal is not a session's: centuries, ministers. */
    private static final Set<String> NOT_BEFORE = Set.of(
            "century", "centuries", "siecle", "siecles", "millennium", "millenium", "millenaire", "ministre",
            "ministres", "minister", "anniversary", "anniversaire");
    /** Words before which an ordinal is part of a month name or a century. */
    private static final Set<String> NOT_AFTER = Set.of(
            "\u0627\u0644\u0642\u0631\u0646", // القرن
            "\u0631\u0628\u064A\u0639", // ربيع
            "\u062C\u0645\u0627\u062F\u064A", // جمادى
            "\u062C\u0645\u0627\u062F", // جماد
            "\u062A\u0634\u0631\u064A\u0646", // تشرين
            "\u0643\u0627\u0646\u0648\u0646"); // كانون
    /** Words that a Roman numeral with a French suffix must precede to be a session's ({@code XIIIe session}). */
    private static final Set<String> ROMAN_BEFORE = Set.of(
            "session", "sessions", "sommet", "summit", "conference", "reunion");
    /** Words between a session word and its number: "الدورة رقم 5", "session No. 5". */
    private static final Set<String> NUMBER_WORDS = Set.of("\u0631\u0642\u0645", "no", "n", "numero", "nr");

    private Ordinals() {}

    /** Every session ordinal written in digits or words in the text, in order. */
    public static List<OrdinalMention> find(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<int[]> found = new ArrayList<>();
        OrdinalLexicon lexicon = OrdinalLexicon.get();
        for (Language l : language == null ? List.of(Language.values()) : List.of(language)) {
            for (PhraseTrie.Match<Integer> m : lexicon.words(l).findAll(folded, PhraseTrie.Edges.WORD, true)) {
                if (!NOT_AFTER.contains(wordBefore(folded, m.start())) && !NOT_BEFORE.contains(wordAfter(folded, m.end()))) {
                    found.add(new int[] {m.value(), m.start(), m.end()});
                }
            }
        }
        suffixedDigits(folded, found);
        afterSessionWords(folded, lexicon, found);
        romanNumerals(folded, found);
        found.sort(Comparator.<int[]>comparingInt(f -> f[1]).thenComparing(f -> -f[2]));
        List<OrdinalMention> mentions = new ArrayList<>(found.size());
        int lastEnd = -1;
        for (int[] f : found) {
            if (f[1] >= lastEnd && f[0] >= 1 && f[0] <= MAX_VALUE) {
                mentions.add(new OrdinalMention(f[0], folded.originalStart(f[1]), folded.originalEnd(f[2])));
                lastEnd = f[2];
            }
        }
        return List.copyOf(mentions);
    }

    /** The value of an ordinal written alone ("forty-ninth", "49th", "التاسعة والأربعين"), empty if it is none. */
    public static OptionalInt parse(String words, Language language) {
        if (words == null || words.isBlank()) {
            return OptionalInt.empty();
        }
        FoldedText folded = FoldedText.of(words);
        // "الـ49": the article on a number makes it an ordinal.
        String compact = folded.substring(0, folded.length()).strip().replace(" ", "");
        if (compact.matches("\u0627\u0644[0-9]{1,3}")) {
            int value = Integer.parseInt(compact.substring(2));
            return value >= 1 && value <= MAX_VALUE ? OptionalInt.of(value) : OptionalInt.empty();
        }
        List<OrdinalMention> mentions = find(words, language);
        if (mentions.size() != 1) {
            return OptionalInt.empty();
        }
        OrdinalMention only = mentions.get(0);
        String outside = words.substring(0, only.start()) + words.substring(only.end());
        return outside.codePoints().anyMatch(Character::isLetterOrDigit)
                ? OptionalInt.empty() : OptionalInt.of(only.value());
    }

    /** "49th", "49 th", "49e", "49ème", "49^{ÈME}", "1er", "2nd", "49ª". */
    private static void suffixedDigits(FoldedText text, List<int[]> found) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (!Digits.isAscii(text.charAt(p)) || FoldedText.isLetterOrDigit(text.at(p - 1))) {
                continue;
            }
            int q = p;
            while (q < n && Digits.isAscii(text.charAt(q))) {
                q++;
            }
            int value = q - p <= 3 ? Integer.parseInt(text.substring(p, q)) : -1;
            int suffixStart = q;
            boolean spaced = false;
            if (text.at(q) == ' ' && FoldedText.isLetter(text.at(q + 1))) {
                suffixStart = q + 1;
                spaced = true;
            }
            int r = suffixStart;
            while (r < n && FoldedText.isLetter(text.charAt(r)) && r - suffixStart <= 5) {
                r++;
            }
            String suffix = text.substring(suffixStart, r);
            boolean ok = value > 0 && r > suffixStart && !FoldedText.isLetterOrDigit(text.at(r))
                    && (spaced ? SPACED_SUFFIXES.contains(suffix) : SUFFIXES.contains(suffix));
            if (ok && !dayOfADate(text, r) && !NOT_BEFORE.contains(wordAfter(text, r))) {
                found.add(new int[] {value, p, r});
            }
            p = q - 1;
        }
    }

    /** Whether an ordinal ending at end is the day of a date: "1er janvier", "the 16th of March", "2nd Rajab". */
    private static boolean dayOfADate(FoldedText text, int end) {
        int p = end;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        if (p + 2 < text.length() && text.charAt(p) == 'o' && text.charAt(p + 1) == 'f' && text.at(p + 2) == ' ') {
            p += 3;
        }
        if (p >= text.length()) {
            return false;
        }
        return MonthNames.gregorian().months().at(text, p, PhraseTrie.Edges.LETTERS) != null
                || MonthNames.hijri().months().at(text, p, PhraseTrie.Edges.LETTERS) != null;
    }

    /** "الدورة 49", "الدورة الـ49", "session 49", "الدورة رقم 5". */
    private static void afterSessionWords(FoldedText text, OrdinalLexicon lexicon, List<int[]> found) {
        for (PhraseTrie.Match<Boolean> m : lexicon.sessionWords().findAll(text, PhraseTrie.Edges.WORD, true)) {
            int p = m.end();
            if (text.at(p) == ' ') {
                p++;
            }
            if (text.at(p) == '\u0627' && text.at(p + 1) == '\u0644') {
                int q = text.at(p + 2) == ' ' ? p + 3 : p + 2;
                if (Digits.isAscii(text.at(q))) {
                    p = q;
                }
            } else {
                int q = p;
                while (FoldedText.isLetter(text.at(q))) {
                    q++;
                }
                if (q > p && NUMBER_WORDS.contains(text.substring(p, q))) {
                    while (q < text.length() && ".\u00BA\u00B0 ".indexOf(text.charAt(q)) >= 0) {
                        q++;
                    }
                    p = q;
                }
            }
            if (!Digits.isAscii(text.at(p))) {
                continue;
            }
            int q = p;
            while (Digits.isAscii(text.at(q))) {
                q++;
            }
            char after = text.at(q);
            if (q - p > 3 || (after == '/' && Digits.isAscii(text.at(q + 1))) || FoldedText.isLetter(after)) {
                continue; // a year, a resolution number (38/2), or a suffixed number found already
            }
            found.add(new int[] {Integer.parseInt(text.substring(p, q)), p, q});
        }
    }

    /** "XIIIe session", "XXV^e Sommet": Roman numerals with a French suffix, before a session word. */
    private static void romanNumerals(FoldedText text, List<int[]> found) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if ("ivxlc".indexOf(text.charAt(p)) < 0 || FoldedText.isLetterOrDigit(text.at(p - 1))) {
                continue;
            }
            int q = p;
            while (q < n && "ivxlc".indexOf(text.charAt(q)) >= 0 && q - p < 9) {
                q++;
            }
            int r = q;
            while (r < n && FoldedText.isLetter(text.charAt(r)) && r - q <= 4) {
                r++;
            }
            // "le Sommet", "ce Sommet": a lone L or C with an e is a French word, not 50 or 100
            boolean word = q - p == 1 && "lcdm".indexOf(text.charAt(p)) >= 0;
            if (!word && r > q && !FoldedText.isLetter(text.at(r)) && ROMAN_SUFFIXES.contains(text.substring(q, r))
                    && ROMAN_BEFORE.contains(wordAfter(text, r))) {
                int value = roman(text.substring(p, q));
                if (value > 0) {
                    found.add(new int[] {value, p, r});
                }
            }
            p = q;
        }
    }

    /** The value of a Roman numeral written the standard way, or -1. */
    static int roman(String numeral) {
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = romanDigit(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? romanDigit(numeral.charAt(i + 1)) : 0;
            value += v < next ? -v : v;
        }
        return value > 0 && value <= MAX_VALUE && toRoman(value).equals(numeral) ? value : -1;
    }

    private static int romanDigit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            case 'l' -> 50;
            case 'c' -> 100;
            default -> 0;
        };
    }

    private static String toRoman(int value) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }

    /** The word just before a folded offset (over one space), or "". */
    private static String wordBefore(FoldedText text, int start) {
        int e = start;
        if (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && FoldedText.isLetter(text.charAt(s - 1)) && e - s < 20) {
            s--;
        }
        String word = text.substring(s, e);
        // A proclitic may stand before the word: للقرن, والقرن.
        return word.length() > 4 && word.endsWith("\u0627\u0644\u0642\u0631\u0646") ? "\u0627\u0644\u0642\u0631\u0646" : word;
    }

    /** The word just after a folded offset (over spaces and hyphens), or "". */
    private static String wordAfter(FoldedText text, int end) {
        int s = end;
        while (s < text.length() && (text.charAt(s) == ' ' || text.charAt(s) == '-') && s - end < 3) {
            s++;
        }
        int e = s;
        while (e < text.length() && FoldedText.isLetter(text.charAt(e)) && e - s < 20) {
            e++;
        }
        return text.substring(s, e);
    }
}

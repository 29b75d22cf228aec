package org.oic.diwan.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text folded for matching words: lower case, no accents or Arabic diacritics, one alef, one
 * yaa, no tatweel, Latin digits. Used to compare words, never to report offsets.
 */
final class ReadingText {

    private ReadingText() {}

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640') {
                continue; // accents, harakat, shadda, hamza carried on alef, tatweel
            }
            if (c == 'ى') {
                c = 'ي';
            } else if (c == 'ٱ') {
                c = 'ا';
            } else if (c == '’' || c == 'ʼ' || c == '`' || c == '´') {
                c = '\'';
            } else if (c >= '٠' && c <= '٩') {
                c = (char) ('0' + (c - '٠'));
            } else if (c >= '۰' && c <= '۹') {
                c = (char) ('0' + (c - '۰'));
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text: runs of letters, digits and apostrophes inside words. */
    static List<String> words(String text, int limit) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n && words.size() < limit) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(folded.charAt(i))
                    || (folded.charAt(i) == '\'' && i + 1 < n && Character.isLetter(folded.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                words.add(folded.substring(start, i));
            }
        }
        return words;
    }

    /** The words of a text with a leading Arabic conjunction (و, ف) removed from each, when the rest is a word. */
    static String withoutConjunction(String word) {
        if (word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
            return word.substring(1);
        }
        return word;
    }

    /** Markdown and similar remnants removed, for the text shown of a paragraph. */
    static String withoutMarkup(String text) {
        return text.replaceAll("(?m)^\\s*#{1,6}\\s+", "")
                .replace("**", "")
                .replace("__", "")
                .replaceAll("\\^\\{([^}]{0,12})}", "$1")
                .strip();
    }
}

package org.oic.diwan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads generated documents the way a reader would: without markup, with Latin digits. */
final class DocumentText {

    // "1.", "1-", "- 1." or "- 1-" at the start of a line, then the paragraph text; a date such as
    // "24 - 25 شعبان" has a space before its dash and so is not a paragraph number.
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:-\\s*)?(\\d{1,2})[.-]\\s+\\S.*");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private DocumentText() {
    }

    /** The text without HTML tags or Markdown emphasis, with Arabic-Indic digits turned into ASCII. */
    static String plain(String content) {
        String text = TAG.matcher(content).replaceAll("").replace("**", "").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + (c - '\u0660')) : c);
        }
        return out.toString();
    }

    static List<String> lines(String content) {
        return plain(content).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The document symbol: the first line that starts with "OIC/". */
    static String symbol(String content) {
        return lines(content).stream().filter(line -> line.startsWith("OIC/")).findFirst()
                .orElseThrow(() -> new AssertionError("no symbol in:\n" + content));
    }

    /** The numbers of the numbered (operative) paragraphs, in order. */
    static List<Integer> paragraphNumbers(String content) {
        List<Integer> numbers = new ArrayList<>();
        for (String line : lines(content)) {
            var matcher = NUMBERED.matcher(line);
            if (matcher.matches()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return numbers;
    }

    /** The last numbered paragraph. */
    static String lastParagraph(String content) {
        List<String> numbered = lines(content).stream().filter(line -> NUMBERED.matcher(line).matches()).toList();
        return numbered.getLast();
    }

    /** Words as they are compared for copying: lowercased, whitespace-separated. */
    static List<String> rawWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Stricter: also strips punctuation around words and unifies apostrophes, so "l’OCI," equals "l'oci". */
    static List<String> normalizedWords(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : rawWords(text.replace('\u2019', '\'').replace('\u2018', '\''))) {
            int start = 0;
            int end = raw.length();
            while (start < end && !Character.isLetterOrDigit(raw.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                words.add(raw.substring(start, end));
            }
        }
        return words;
    }
}

package org.oic.diwan.reading;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the symbol a document prints at its head.
 *
 * <p>Symbols are printed near the top of the first page, usually on a line of their own; a
 * line counts when it holds nothing but a symbol: Latin capitals, digits and a few punctuation
 * marks, with at least two slashes and a digit. Failing that, the first slash-separated token
 * of that shape in the first few lines is taken.
 */
public final class SymbolReader {

    /** How many non-blank lines from the top are searched. */
    private static final int HEAD_LINES = 30;

    /** How many of those may hold a symbol among other words. */
    private static final int INLINE_LINES = 5;

    /** Longer lines are cut before matching, which keeps hostile text from making the match slow. */
    private static final int MAX_LINE = 200;

    private static final Pattern WHOLE_LINE =
            Pattern.compile("^[A-Z][A-Za-z0-9.&\\-()]*(?:\\s*/\\s*[A-Za-z0-9][A-Za-z0-9.&\\-()]*)+(?:[.\\s]+[A-Z]{2,6}\\.?)*$");
    private static final Pattern INLINE = Pattern.compile("\\b[A-Z][A-Za-z0-9.&\\-]*(?:/[A-Za-z0-9][A-Za-z0-9.&\\-]*){2,}");

    private SymbolReader() {}

    /** The symbol printed at the head of the text, if there is one. */
    public static Optional<DocumentSymbol> read(String text) {
        List<String> head = text.lines()
                .map(SymbolReader::stripMarkup)
                .filter(line -> !line.isEmpty())
                .limit(HEAD_LINES)
                .toList();
        for (String line : head) {
            if (line.length() <= 80 && WHOLE_LINE.matcher(line).matches() && looksLikeSymbol(line)) {
                return Optional.of(DocumentSymbol.of(line));
            }
        }
        // Inside a line only at the very top: further down a symbol is more likely a citation.
        for (String line : head.subList(0, Math.min(INLINE_LINES, head.size()))) {
            Matcher m = INLINE.matcher(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
            while (m.find()) {
                String token = m.group().replaceAll("[.\\-]+$", "");
                if (looksLikeSymbol(token)) {
                    return Optional.of(DocumentSymbol.of(token));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeSymbol(String candidate) {
        long slashes = candidate.chars().filter(c -> c == '/').count();
        boolean hasDigit = candidate.chars().anyMatch(Character::isDigit);
        // Dates such as 16/03/2023 start with a digit and are excluded by the patterns.
        return slashes >= 2 && hasDigit;
    }

    private static String stripMarkup(String line) {
        return line.replace("**", "").replace("__", "").replaceAll("^#+\\s*", "").strip();
    }
}

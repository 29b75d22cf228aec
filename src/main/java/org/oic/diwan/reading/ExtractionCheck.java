package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects text damaged by extraction from PDF, so that a version is marked suspect and a person
 * looks at the original. The text itself is never rewritten.
 *
 * <p>Right-to-left text extracted in the wrong order leaves marks that sound Arabic never has:
 * punctuation that belongs at the end of a line standing at its start (". المتبادلة"),
 * punctuation glued to the front of the next word ("الجديدة؛والاتصالات"), and words run
 * together across a taa marbuta, a letter that only ends words ("المتبادلةبهدف"). One stray
 * mark is a typing slip; several, of two kinds, are damage.
 */
final class ExtractionCheck {

    private static final Pattern LINE_STARTS_WITH_END_PUNCTUATION = Pattern.compile("(?m)^[ \\t]*[.،؛:](?=[ \\t]*[\\u0621-\\u064A])");
    private static final Pattern PUNCTUATION_GLUED_BEFORE_WORD = Pattern.compile("[.،؛][\\u0621-\\u064A]");
    private static final Pattern TAA_MARBUTA_INSIDE_WORD = Pattern.compile("ة(?=[\\u0621-\\u064A])");

    private ExtractionCheck() {}

    /** The reasons to suspect the extraction, empty when the text looks sound. */
    static List<String> reasons(String text) {
        int linesStartingWithPunctuation = count(LINE_STARTS_WITH_END_PUNCTUATION.matcher(text));
        int gluedPunctuation = count(PUNCTUATION_GLUED_BEFORE_WORD.matcher(text));
        List<String> runTogether = examples(text, TAA_MARBUTA_INSIDE_WORD.matcher(text), 3);
        int runTogetherCount = count(TAA_MARBUTA_INSIDE_WORD.matcher(text));

        int signals = (linesStartingWithPunctuation >= 2 ? 1 : 0) + (gluedPunctuation >= 3 ? 1 : 0)
                + (runTogetherCount >= 3 ? 1 : 0);
        if (signals < 2 && runTogetherCount < 8) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (linesStartingWithPunctuation > 0) {
            reasons.add(linesStartingWithPunctuation + " lines begin with the punctuation that should end them:"
                    + " the words of those lines are in reverse order");
        }
        if (gluedPunctuation > 0) {
            reasons.add(gluedPunctuation + " punctuation marks are glued to the front of the next word");
        }
        if (runTogetherCount > 0) {
            reasons.add(runTogetherCount + " words run together across a taa marbuta, e.g. " + String.join(", ", runTogether));
        }
        return reasons;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The words around the first matches, as printed: the run-together word itself. */
    private static List<String> examples(String text, Matcher m, int limit) {
        List<String> found = new ArrayList<>();
        while (found.size() < limit && m.find()) {
            int start = m.start();
            while (start > 0 && start > m.start() - 20 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = m.end();
            while (end < text.length() && end < m.end() + 20 && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            found.add("«" + text.substring(start, end) + "»");
        }
        return found;
    }
}

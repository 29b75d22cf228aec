package org.oic.diwan.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Arabic proclitics that Lucene's light stemmer leaves: a conjunction before a preposition before
 * the article ({@code وبال}, {@code فلل}) is cut to the article; a lone preposition ({@code ب},
 * {@code ل}, {@code ك}, {@code ف}) is ambiguous (it may be the word's own first letter), so the
 * word is kept and the word without it is added at the same position.
 */
final class ArabicClitics extends TokenFilter {

    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.State pending;
    private String pendingTerm;

    ArabicClitics(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            term.setEmpty().append(pendingTerm);
            increment.setPositionIncrement(0);
            pending = null;
            pendingTerm = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (word.length() >= 5 && isConjunction(word.charAt(0)) && isPreposition(word.charAt(1))
                && word.startsWith("ال", 2)) {
            term.setEmpty().append(word, 2, word.length());
        } else if (word.length() >= MIN_STEM + 2 && isPreposition(word.charAt(0)) && !word.startsWith("ال")
                && !word.startsWith("لل")) {
            pending = captureState();
            pendingTerm = word.substring(1);
        }
        return true;
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك' || c == 'ف';
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        pendingTerm = null;
    }
}

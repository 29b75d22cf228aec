package org.oic.diwan.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light stemming of normalized Arabic: the article and its clitics in front, one or two inflectional
 * suffixes behind. Unlike Lucene's ArabicStemFilter it keeps the nisba {@code ي}, so that
 * {@code رقمي} (digital) and {@code الرقمية} meet while {@code رقم} (number, printed in every
 * heading) stays apart. Runs after {@link org.apache.lucene.analysis.ar.ArabicNormalizationFilter},
 * which writes taa marbuta as {@code ه}.
 */
final class ArabicLightStem extends TokenFilter {

    private static final String[] PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال", "و"};
    private static final String[] SUFFIXES = {"ها", "ات", "ان", "ون", "ين", "ه"};

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ArabicLightStem(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = stem(term.toString());
            term.setEmpty().append(stem);
        }
        return true;
    }

    static String stem(String word) {
        String w = word;
        for (String prefix : PREFIXES) {
            // a prefix goes only when at least two letters remain (three for و, often a root letter)
            int keep = prefix.equals("و") ? 3 : 2;
            if (w.startsWith(prefix) && w.length() - prefix.length() >= keep + (prefix.equals("و") ? 0 : 0)) {
                w = w.substring(prefix.length());
                break;
            }
        }
        // a pronoun may follow a plural (شهاداته, علاقاتها): two suffixes at most
        for (int pass = 0; pass < 2; pass++) {
            String before = w;
            for (String suffix : SUFFIXES) {
                if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                    w = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
            if (w.equals(before)) {
                break;
            }
        }
        return w;
    }
}

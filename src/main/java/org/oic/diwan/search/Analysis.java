package org.oic.diwan.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.oic.diwan.text.Language;

/**
 * How each language's text becomes terms, the same at indexing and at query time. Digits of any
 * script become ASCII digits, so {@code ٤٩} finds {@code 49}.
 */
final class Analysis {

    private Analysis() {}

    /** Arabic: hamza forms, alef maqsura, taa marbuta, tatweel and diacritics normalized; clitics and light stemming. */
    static Analyzer arabic() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new DecimalDigitFilter(stream);
                // stop words first, as Lucene's ArabicAnalyzer does: the list is written unnormalized
                // (على with alef maqsura would otherwise become علي, the name Ali)
                stream = new StopFilter(stream, ArabicAnalyzer.getDefaultStopSet());
                stream = new ArabicNormalizationFilter(stream);
                stream = new ArabicClitics(stream);
                stream = new ArabicLightStem(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** French: elision ({@code l'}, {@code d'}), accents folded, stop words, light stemming. */
    static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new DecimalDigitFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new FrenchLightStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** English: possessives, stop words, Porter stemming, accents folded. */
    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new DecimalDigitFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new ASCIIFoldingFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Symbols cut at their slashes, dots and spaces: {@code OIC/CFM-49/2023/IT} gives oic, cfm-49, 2023, it. */
    static Analyzer symbolParts() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new PatternTokenizer(java.util.regex.Pattern.compile("[/\\s.]+"), -1);
                return new TokenStreamComponents(source, new DecimalDigitFilter(new LowerCaseFilter(source)));
            }
        };
    }

    static Analyzer of(Language language) {
        return switch (language) {
            case AR -> arabic();
            case FR -> french();
            case EN -> english();
        };
    }

    /** The analyzer of every field: text fields by language, symbol parts, keywords for the rest. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                SearchFields.text(Language.AR), arabic(),
                SearchFields.text(Language.FR), french(),
                SearchFields.text(Language.EN), english(),
                SearchFields.SYMBOL_PARTS, symbolParts()));
    }
}

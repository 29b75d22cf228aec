package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oic.diwan.text.Language;

/**
 * Tells whether a paragraph opens as a preambular one ("Recalling", "Tenant compte", "وإذ
 * يستذكر"), from the lexicon in {@code reading/preamble-openers.tsv}.
 */
final class PreambleOpeners {

    private static final Map<Language, List<List<String>>> LEXICON = load();

    private PreambleOpeners() {}

    static boolean opens(String paragraph, Language language) {
        List<String> words = ReadingText.words(paragraph, 6);
        if (words.isEmpty()) {
            return false;
        }
        for (List<String> opener : LEXICON.get(language)) {
            if (OperativeVerbs.matchesAt(words, 0, opener, language)) {
                return true;
            }
        }
        return language == Language.AR && opensWithAccusativeNoun(paragraph);
    }

    /**
     * Arabic preambular paragraphs often open with a verbal noun in the accusative, marked by
     * tanwin fatha: حرصاً، استناداً، إيماناً. The mark is what tells it from any other word.
     */
    private static boolean opensWithAccusativeNoun(String paragraph) {
        String head = paragraph.replace("**", "").strip();
        int end = 0;
        while (end < head.length() && !Character.isWhitespace(head.charAt(end)) && head.charAt(end) != '،') {
            end++;
        }
        String first = head.substring(0, end);
        return first.length() >= 4 && (first.endsWith("اً") || first.endsWith("ًا"));
    }

    /** Every entry of the lexicon as (language, opener), for tests. */
    static List<String[]> entries() {
        return Lexicon.read("preamble-openers.tsv").stream()
                .map(row -> row.columns().subList(0, 2).toArray(String[]::new))
                .toList();
    }

    private static Map<Language, List<List<String>>> load() {
        Map<Language, List<List<String>>> lexicon = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lexicon.put(language, new ArrayList<>());
        }
        for (String[] row : entries()) {
            Language language = Language.ofCode(row[0]).orElseThrow(() -> new IllegalStateException("language " + row[0]));
            lexicon.get(language).add(ReadingText.words(row[1], 8));
        }
        return lexicon;
    }
}

package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oic.diwan.text.Language;

/**
 * Finds the verb that carries an operative paragraph, from the lexicon in
 * {@code reading/operative-verbs.tsv}.
 *
 * <p>The verb is usually the first word, but not always: "Given the increased dependency on
 * digital solutions, instructs ..." So the head of the paragraph is searched and the earliest
 * verb wins.
 */
final class OperativeVerbs {

    /** How far into a paragraph its verb may stand. */
    static final int SEARCH_WORDS = 12;

    private record Entry(List<String> words, String canonical, VerbStrength strength) {}

    private static final Map<Language, List<Entry>> LEXICON = load("operative-verbs.tsv");
    /** First-person forms, which English also uses as infinitives: only at the head of a paragraph. */
    private static final Map<Language, List<Entry>> DECLARATION = load("declaration-verbs.tsv");
    private static final java.util.Set<String> LEAD_WORDS = java.util.Set.of("we", "further", "and", "also", "nous");

    private OperativeVerbs() {}

    /** The operative verb of a paragraph (its number already removed), if one stands in its head. */
    static Optional<OperativeVerb> find(String paragraph, Language language) {
        return findWithin(paragraph, language, SEARCH_WORDS);
    }

    /** The verb when it opens the paragraph: first or second word (after "Furthermore," say). */
    static Optional<OperativeVerb> opening(String paragraph, Language language) {
        return findWithin(paragraph, language, 2);
    }

    private static Optional<OperativeVerb> findWithin(String paragraph, Language language, int positions) {
        List<String> words = ReadingText.words(paragraph, positions + 4);
        List<Entry> entries = LEXICON.get(language);
        for (int i = 0; i < Math.min(positions, words.size()); i++) {
            for (Entry entry : entries) {
                if (matchesAt(words, i, entry.words(), language)) {
                    return Optional.of(new OperativeVerb(entry.canonical(), entry.strength(),
                            printed(paragraph, i, entry.words().size())));
                }
            }
            if (i == 0 || (i == 1 && LEAD_WORDS.contains(words.get(0)))) {
                for (Entry entry : DECLARATION.get(language)) {
                    if (matchesAt(words, i, entry.words(), language)) {
                        return Optional.of(new OperativeVerb(entry.canonical(), entry.strength(),
                                printed(paragraph, i, entry.words().size())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static boolean matchesAt(List<String> words, int at, List<String> form, Language language) {
        if (at + form.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < form.size(); k++) {
            String word = words.get(at + k);
            String expected = form.get(k);
            boolean same = word.equals(expected)
                    || (k == 0 && language == Language.AR && ReadingText.withoutConjunction(word).equals(expected));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The words as printed, for showing: the n words from word index i of the paragraph. */
    private static String printed(String paragraph, int from, int count) {
        String[] raw = paragraph.replace("**", " ").strip().split("[^\\p{L}\\p{M}\\p{Nd}'’]+");
        List<String> printed = new ArrayList<>();
        int index = 0;
        for (String word : raw) {
            if (word.isEmpty()) {
                continue;
            }
            if (index >= from && index < from + count) {
                printed.add(word);
            }
            index++;
        }
        return String.join(" ", printed);
    }

    /** Every entry of both lexicons as (language, form, canonical, strength), for tests. */
    static List<String[]> entries() {
        List<String[]> all = new ArrayList<>(entries("operative-verbs.tsv"));
        all.addAll(entries("declaration-verbs.tsv"));
        return all;
    }

    private static List<String[]> entries(String file) {
        return Lexicon.read(file).stream()
                .map(row -> row.columns().subList(0, 4).toArray(String[]::new))
                .toList();
    }

    private static Map<Language, List<Entry>> load(String file) {
        Map<Language, List<Entry>> lexicon = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            lexicon.put(language, new ArrayList<>());
        }
        for (String[] row : entries(file)) {
            Language language = Language.ofCode(row[0]).orElseThrow(() -> new IllegalStateException("language " + row[0]));
            lexicon.get(language).add(new Entry(ReadingText.words(row[1], 8), row[2],
                    VerbStrength.valueOf(row[3].toUpperCase(Locale.ROOT))));
        }
        return lexicon;
    }
}

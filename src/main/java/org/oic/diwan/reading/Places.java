package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oic.diwan.text.Language;

/**
 * The gazetteer of cities where sessions meet, and where a text names them.
 *
 * <p>The cities, with their names in the three languages, are in {@code reading/places.tsv}.
 * Every language's names are searched in every text, since versions quote each other's forms
 * ("Makkah Al-Mukarammah" in a French text). A Latin name counts only with its capital letter, so
 * that "male" in a sentence is not Malé; a city named right after a state title is the state
 * ("the State of Kuwait", "جمهورية جيبوتي") and is left out.
 */
public final class Places {

    private static final String FILE = "places.tsv";
    /** A name not to be searched, only given by {@link #name}. */
    private static final String NAME_ONLY = "=";

    /** Words that make the next name a state rather than a city: "State of Kuwait", "République de Djibouti". */
    private static final Set<String> STATE_TITLES = Set.of(
            "republic", "state", "kingdom", "sultanate", "emirate", "republique", "etat", "royaume", "sultanat", "emirat");
    private static final Set<String> OF_WORDS = Set.of("of", "de", "du", "d");
    private static final List<String> ARABIC_STATE_TITLES = List.of(
            "\u062C\u0645\u0647\u0648\u0631\u064A\u0647", // جمهورية
            "\u062F\u0648\u0644\u0647", // دولة
            "\u0633\u0644\u0637\u0646\u0647", // سلطنة
            "\u0645\u0645\u0644\u0643\u0647", // مملكة
            "\u0627\u0645\u0627\u0631\u0647"); // إمارة
    /** "Guinea-Bissau" is a state: Bissau right after Guinea is not the city. */
    private static final Set<String> STATE_PREFIXES = Set.of("guinea", "guinee", "\u063A\u064A\u0646\u064A\u0627");

    private Places() {}

    private record City(String english, String country, Map<Language, String> names) {}

    private static final class Data {
        static final Data INSTANCE = new Data();

        final List<Lexicon.Row> rows = Lexicon.read(FILE);
        final Map<String, City> cities = new HashMap<>();
        final PhraseTrie<City> trie = new PhraseTrie<>();

        private Data() {
            Language[] columns = {Language.EN, Language.FR, Language.AR};
            for (Lexicon.Row row : rows) {
                Map<Language, String> names = new EnumMap<>(Language.class);
                City city = new City(row.column(0), row.column(1), names);
                for (int c = 0; c < columns.length; c++) {
                    List<String> spellings = row.names(2 + c);
                    if (spellings.isEmpty()) {
                        throw row.error("no " + columns[c].code() + " name");
                    }
                    names.put(columns[c], strip(spellings.get(0)));
                    for (String spelling : spellings) {
                        if (!spelling.startsWith(NAME_ONLY)) {
                            trie.add(spelling, city);
                        }
                    }
                }
                if (cities.putIfAbsent(PhraseTrie.skeleton(city.english()), city) != null) {
                    throw row.error("a second entry for " + city.english());
                }
            }
        }

        private static String strip(String name) {
            return name.startsWith(NAME_ONLY) ? name.substring(NAME_ONLY.length()) : name;
        }
    }

    /**
     * Every known city in the text, in order (longest match first where names overlap).
     *
     * @param language the text's language; the names of every language are searched
     */
    public static List<PlaceMention> find(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<PlaceMention> mentions = new ArrayList<>();
        List<PhraseTrie.Match<City>> matches = Data.INSTANCE.trie.findAll(folded, PhraseTrie.Edges.WORD, true,
                m -> capitalized(text, folded.originalStart(m.start())) && !namesAState(folded, m.start()));
        for (PhraseTrie.Match<City> m : matches) {
            City city = m.value();
            mentions.add(new PlaceMention(city.english(), city.country(), folded.originalStart(m.start()),
                    folded.originalEnd(m.end())));
        }
        return List.copyOf(mentions);
    }

    /** A Latin name counts with its capital only: "Male" is Malé, "male" is not. */
    private static boolean capitalized(String text, int start) {
        char first = text.charAt(start);
        return !(Character.isLetter(first) && first < '\u0250') || Character.isUpperCase(first);
    }

    /** The city's name in a language. */
    public static String name(String englishCity, Language language) {
        City city = englishCity == null ? null : Data.INSTANCE.cities.get(PhraseTrie.skeleton(englishCity));
        if (city == null) {
            throw new IllegalArgumentException("no city " + englishCity + " in the gazetteer");
        }
        return city.names().get(language == null ? Language.EN : language);
    }

    /** The rows of the data file, for the tests that check every entry is found. */
    static List<Lexicon.Row> rows() {
        return Data.INSTANCE.rows;
    }

    private static boolean namesAState(FoldedText text, int start) {
        int e = start;
        // An Arabic proclitic glued to the name belongs to it: in بجيبوتي the title is the word before.
        while (e > 0 && FoldedText.isLetter(text.charAt(e - 1))) {
            e--;
        }
        int previousStart = wordStartBefore(text, e);
        String previous = text.substring(previousStart, wordEndBefore(text, e));
        if (STATE_PREFIXES.contains(previous)) {
            return true;
        }
        for (String title : ARABIC_STATE_TITLES) {
            if (previous.endsWith(title)) {
                return true;
            }
        }
        if (!OF_WORDS.contains(previous)) {
            return false;
        }
        String title = text.substring(wordStartBefore(text, previousStart), wordEndBefore(text, previousStart));
        return STATE_TITLES.contains(title);
    }

    /** Where the word before e ends: over at most a space, a hyphen and an apostrophe ("d'"). */
    private static int wordEndBefore(FoldedText text, int e) {
        int end = e;
        while (end > 0 && end > e - 3 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-'
                || text.charAt(end - 1) == '\'')) {
            end--;
        }
        return end;
    }

    /** Where the word before e starts. */
    private static int wordStartBefore(FoldedText text, int e) {
        int end = wordEndBefore(text, e);
        int s = end;
        while (s > 0 && FoldedText.isLetter(text.charAt(s - 1)) && end - s < 20) {
            s--;
        }
        return s;
    }
}

package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oic.diwan.text.Language;

/**
 * The bodies of the Organization, and where a text names them.
 *
 * <p>Names and abbreviations come from {@code reading/bodies.tsv}. Every language's names are
 * searched in every text, since one language version often quotes another's form (an Arabic text
 * citing "COMCEC", a French one "Makkah"); where names overlap, the longest wins, so that
 * "Conférence islamique au Sommet" is the Summit and not a conference.
 */
public final class Bodies {

    private static final String FILE = "bodies.tsv";
    private static final String ANY_LANGUAGE = "*";

    private Bodies() {}

    private static final class Data {
        static final Data INSTANCE = new Data();

        final List<Lexicon.Row> rows = Lexicon.read(FILE);
        final Map<String, Map<Language, String>> names = new LinkedHashMap<>();
        final PhraseTrie<String> trie = new PhraseTrie<>();

        private Data() {
            for (Lexicon.Row row : rows) {
                String code = row.column(0);
                if (code.isEmpty()) {
                    throw row.error("no code");
                }
                List<String> spellings = row.names(2);
                if (spellings.isEmpty()) {
                    throw row.error("no name");
                }
                Map<Language, String> byLanguage = names.computeIfAbsent(code, k -> new EnumMap<>(Language.class));
                if (!row.column(1).equals(ANY_LANGUAGE)) {
                    Language language = Language.ofCode(row.column(1))
                            .orElseThrow(() -> row.error("no language " + row.column(1)));
                    byLanguage.putIfAbsent(language, spellings.get(0));
                }
                for (String spelling : spellings) {
                    trie.add(spelling, code);
                }
            }
        }
    }

    /**
     * Every mention of a known body in the text, in order; the longest name wins where names overlap.
     *
     * @param language the text's language; the names of every language are searched
     */
    public static List<BodyMention> find(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<BodyMention> mentions = new ArrayList<>();
        for (PhraseTrie.Match<String> m : Data.INSTANCE.trie.findAll(folded, PhraseTrie.Edges.WORD, true)) {
            mentions.add(new BodyMention(m.value(), folded.originalStart(m.start()), folded.originalEnd(m.end())));
        }
        return List.copyOf(mentions);
    }

    /** The body's name in a language, e.g. name("CFM", Language.FR) = "Conseil des ministres des affaires étrangères". */
    public static String name(String code, Language language) {
        Map<Language, String> byLanguage = code == null ? null : Data.INSTANCE.names.get(code.strip().toUpperCase(Locale.ROOT));
        if (byLanguage == null) {
            throw new IllegalArgumentException("no body " + code + "; known: " + codes());
        }
        String name = byLanguage.get(language == null ? Language.EN : language);
        return name != null ? name : byLanguage.getOrDefault(Language.EN, code);
    }

    /** Every code in the lexicon. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(Data.INSTANCE.names.keySet());
    }

    /** The rows of the data file, for the tests that check every entry is found. */
    static List<Lexicon.Row> rows() {
        return Data.INSTANCE.rows;
    }
}

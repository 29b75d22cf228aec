package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oic.diwan.text.Language;

/**
 * The ordinal words of each language, composed into every ordinal from 1 to 99 from the units and
 * tens listed in {@code reading/ordinals.tsv}, and the session words after which a bare number is
 * an ordinal.
 *
 * <p>Compounds are built here rather than listed because their grammar is regular and their
 * number is not small: English joins a cardinal ten to an ordinal unit (forty-ninth); French does
 * the same with "et" before unième and counts 70 to 79 and 90 to 99 as sixty-ten and
 * four-twenty-ten (soixante-douzième); Arabic puts the unit first and joins the ten with و
 * (التاسعة والأربعين), with or without the article on the unit.
 */
final class OrdinalLexicon {

    private static final String FILE = "ordinals.tsv";
    private static final String ARTICLE = "\u0627\u0644";
    private static final String AND = "\u0648";

    private final List<Lexicon.Row> rows;
    private final Map<Language, Map<String, Integer>> forms = new EnumMap<>(Language.class);
    private final Map<Language, PhraseTrie<Integer>> tries = new EnumMap<>(Language.class);
    private final PhraseTrie<Boolean> sessionWords = new PhraseTrie<>();

    private OrdinalLexicon() {
        rows = Lexicon.read(FILE);
        Map<Language, Map<String, List<Entry>>> roles = new EnumMap<>(Language.class);
        for (Lexicon.Row row : rows) {
            String language = row.column(0);
            String role = row.column(1);
            if (role.equals("session")) {
                for (String word : row.names(3)) {
                    sessionWords.add(word, Boolean.TRUE);
                }
                continue;
            }
            Language lang = Language.ofCode(language).orElseThrow(() -> row.error("no language " + language));
            int value = row.number(2);
            for (String word : row.names(3)) {
                roles.computeIfAbsent(lang, k -> new LinkedHashMap<>())
                        .computeIfAbsent(role, k -> new ArrayList<>())
                        .add(new Entry(word, value));
            }
        }
        for (Language language : Language.values()) {
            Map<String, List<Entry>> r = roles.getOrDefault(language, Map.of());
            Map<String, Integer> composed = new LinkedHashMap<>();
            switch (language) {
                case EN -> english(r, composed);
                case FR -> french(r, composed);
                case AR -> arabic(r, composed);
            }
            PhraseTrie<Integer> trie = new PhraseTrie<>();
            composed.forEach(trie::add);
            forms.put(language, Collections.unmodifiableMap(composed));
            tries.put(language, trie);
        }
    }

    private record Entry(String word, int value) {}

    private static final class Holder {
        static final OrdinalLexicon INSTANCE = new OrdinalLexicon();
    }

    static OrdinalLexicon get() {
        return Holder.INSTANCE;
    }

    PhraseTrie<Integer> words(Language language) {
        return tries.get(language);
    }

    PhraseTrie<Boolean> sessionWords() {
        return sessionWords;
    }

    /** Every written form composed for a language, with its value. */
    Map<String, Integer> forms(Language language) {
        return forms.get(language);
    }

    List<Lexicon.Row> rows() {
        return rows;
    }

    private static List<Entry> role(Map<String, List<Entry>> roles, String role) {
        return roles.getOrDefault(role, List.of());
    }

    private static void english(Map<String, List<Entry>> r, Map<String, Integer> out) {
        for (String role : List.of("unit", "teen", "tens")) {
            role(r, role).forEach(e -> out.putIfAbsent(e.word(), e.value()));
        }
        for (Entry ten : role(r, "tens-cardinal")) {
            for (Entry unit : role(r, "unit")) {
                out.putIfAbsent(ten.word() + "-" + unit.word(), ten.value() + unit.value());
            }
        }
    }

    private static void french(Map<String, List<Entry>> r, Map<String, Integer> out) {
        for (String role : List.of("first", "unit", "teen", "tens")) {
            role(r, role).forEach(e -> out.putIfAbsent(e.word(), e.value()));
        }
        List<Entry> teens = new ArrayList<>(role(r, "teen"));
        for (Entry ten : role(r, "ten")) {
            for (Entry unit : role(r, "unit")) {
                if (unit.value() >= 7) {
                    // dix-septième to dix-neuvième
                    Entry teen = new Entry(ten.word() + "-" + unit.word(), ten.value() + unit.value());
                    out.putIfAbsent(teen.word(), teen.value());
                    teens.add(teen);
                }
            }
        }
        List<Entry> tens = new ArrayList<>(role(r, "tens-cardinal"));
        tens.addAll(role(r, "vigesimal"));
        for (Entry ten : tens) {
            for (Entry one : role(r, "one")) {
                out.putIfAbsent(ten.word() + " et " + one.word(), ten.value() + one.value());
                out.putIfAbsent(ten.word() + "-" + one.word(), ten.value() + one.value());
            }
            for (Entry unit : role(r, "unit")) {
                out.putIfAbsent(ten.word() + "-" + unit.word(), ten.value() + unit.value());
            }
        }
        for (Entry score : role(r, "vigesimal")) {
            for (Entry teen : teens) {
                out.putIfAbsent(score.word() + "-" + teen.word(), score.value() + teen.value());
                out.putIfAbsent(score.word() + " et " + teen.word(), score.value() + teen.value());
            }
        }
    }

    private static void arabic(Map<String, List<Entry>> r, Map<String, Integer> out) {
        for (String gender : List.of("f", "m")) {
            role(r, "unit-" + gender).forEach(e -> out.putIfAbsent(e.word(), e.value()));
            List<Entry> units = new ArrayList<>(role(r, "one-" + gender));
            role(r, "unit-" + gender).stream().filter(e -> e.value() >= 2 && e.value() <= 9).forEach(units::add);
            for (Entry unit : units) {
                List<String> spellings = new ArrayList<>(List.of(unit.word()));
                if (unit.word().startsWith(ARTICLE)) {
                    spellings.add(unit.word().substring(ARTICLE.length())); // تاسعة والأربعين
                }
                for (String spelling : spellings) {
                    for (Entry ten : role(r, "ten-" + gender)) {
                        out.putIfAbsent(spelling + " " + ten.word(), 10 + unit.value());
                    }
                    for (Entry tens : role(r, "tens")) {
                        out.putIfAbsent(spelling + " " + AND + tens.word(), tens.value() + unit.value());
                    }
                }
            }
        }
        role(r, "tens").forEach(e -> out.putIfAbsent(e.word(), e.value()));
    }
}

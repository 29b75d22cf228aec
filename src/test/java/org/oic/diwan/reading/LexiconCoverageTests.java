package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oic.diwan.text.Language;

/**
 * Every entry of every data file is found by the public readers, in a small sentence of its
 * language: a spelling that nothing finds is a spelling nobody checked.
 */
class LexiconCoverageTests {

    private static Language language(Lexicon.Row row, int column) {
        String code = row.column(column);
        return code.equals("*") ? Language.EN : Language.ofCode(code).orElseThrow(() -> row.error("language " + code));
    }

    private static boolean latin(String name) {
        return name.chars().anyMatch(c -> c >= 'A' && c <= 'z');
    }

    @Test
    void everyGregorianMonthName() {
        int checked = 0;
        for (Lexicon.Row row : Lexicon.read("gregorian-months.tsv")) {
            if (row.column(0).equals("era")) {
                continue;
            }
            int month = row.number(0);
            for (String name : row.names(2)) {
                List<String> spellings = latin(name) && name.length() <= 4 ? List.of(name, name + ".") : List.of(name);
                for (String spelling : spellings) {
                    String text = switch (language(row, 1)) {
                        case EN -> "The session was held on 16 " + spelling + " 2023 in Jeddah.";
                        case FR -> "La session s'est tenue le 16 " + spelling + " 2023 à Djeddah.";
                        case AR -> "عقدت الدورة في 16 " + spelling + " 2023م في جدة.";
                    };
                    List<GregorianSpan> spans = DateFinder.gregorian(text);
                    assertThat(spans).as(text).hasSize(1);
                    assertThat(spans.get(0).from()).as(text).isEqualTo(LocalDate.of(2023, month, 16));
                    assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).as(text).contains(spelling);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void everyHijriMonthName() {
        int checked = 0;
        for (Lexicon.Row row : Lexicon.read("hijri-months.tsv")) {
            if (row.column(0).equals("era")) {
                continue;
            }
            int month = row.number(0);
            for (String name : row.names(2)) {
                for (String spelling : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
                    String text = switch (language(row, 1)) {
                        case EN -> "held on 24 " + spelling + " 1444 in Makkah";
                        case FR -> "tenue le 24 " + spelling + " 1444 à La Mecque";
                        case AR -> "المنعقدة يوم 24 " + spelling + " 1444 في مكة";
                    };
                    List<HijriSpan> spans = DateFinder.hijri(text);
                    assertThat(spans).as(text).hasSize(1);
                    assertThat(spans.get(0).from()).as(text).isEqualTo(new HijriDay(1444, month, 24));
                    assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
                            .as(text).isEqualTo("24 " + spelling + " 1444");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void everyEraMarker() {
        for (String file : List.of("gregorian-months.tsv", "hijri-months.tsv")) {
            boolean hijri = file.startsWith("hijri");
            for (Lexicon.Row row : Lexicon.read(file)) {
                if (!row.column(0).equals("era")) {
                    continue;
                }
                for (String marker : row.names(2)) {
                    for (String gap : List.of("", " ")) {
                        String date = (hijri ? "24 Shaaban 1444" : "16 March 2023") + gap + marker;
                        String text = "(" + date + ")";
                        int end;
                        if (hijri) {
                            List<HijriSpan> spans = DateFinder.hijri(text);
                            assertThat(spans).as(text).hasSize(1);
                            end = spans.get(0).end();
                        } else {
                            List<GregorianSpan> spans = DateFinder.gregorian(text);
                            assertThat(spans).as(text).hasSize(1);
                            end = spans.get(0).end();
                        }
                        assertThat(text.substring(1, end)).as(text).isEqualTo(date);
                    }
                }
            }
        }
    }

    @Test
    void everyComposedOrdinalReadsAsItsValue() {
        OrdinalLexicon lexicon = OrdinalLexicon.get();
        for (Language language : Language.values()) {
            for (Map.Entry<String, Integer> form : lexicon.forms(language).entrySet()) {
                assertThat(Ordinals.parse(form.getKey(), language)).as(form.getKey()).hasValue(form.getValue());
                assertThat(Ordinals.parse(form.getKey().toUpperCase(java.util.Locale.ROOT), language))
                        .as(form.getKey()).hasValue(form.getValue());
            }
        }
    }

    @Test
    void everyOrdinalWordInASentence() {
        OrdinalLexicon lexicon = OrdinalLexicon.get();
        for (Lexicon.Row row : lexicon.rows()) {
            if (row.column(1).equals("session")) {
                continue;
            }
            Language language = language(row, 0);
            Set<String> composed = lexicon.forms(language).keySet();
            for (String word : row.names(3)) {
                // Every word takes part in some composed form; those standing alone also read in a sentence.
                assertThat(composed.stream().anyMatch(form -> form.contains(word))).as(word).isTrue();
                Integer alone = lexicon.forms(language).get(word);
                if (alone == null) {
                    continue;
                }
                String text = switch (language) {
                    case EN -> "Recalling the " + word + " session of the Council,";
                    case FR -> "Rappelant la " + word + " session du Conseil,";
                    case AR -> "وإذ يستذكر الدورة " + word + " للمجلس،";
                };
                List<OrdinalMention> found = Ordinals.find(text, language);
                assertThat(found).as(text).hasSize(1);
                assertThat(found.get(0).value()).as(text).isEqualTo(alone);
                assertThat(text.substring(found.get(0).start(), found.get(0).end())).as(text).isEqualTo(word);
            }
        }
    }

    @Test
    void everySessionWordMakesABareNumberAnOrdinal() {
        for (Lexicon.Row row : OrdinalLexicon.get().rows()) {
            if (!row.column(1).equals("session")) {
                continue;
            }
            for (String word : row.names(3)) {
                String text = "(" + word + " 49)";
                List<OrdinalMention> found = Ordinals.find(text, null);
                assertThat(found).as(text).extracting(OrdinalMention::value).containsExactly(49);
                assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("49");
            }
        }
    }

    @Test
    void everyBodyName() {
        int checked = 0;
        for (Lexicon.Row row : Bodies.rows()) {
            String code = row.column(0);
            Language language = language(row, 1);
            for (String name : row.names(2)) {
                String text = switch (language) {
                    case EN -> "Recalling the resolutions of the " + name + " on this matter,";
                    case FR -> "Rappelant les résolutions du " + name + " sur ce sujet,";
                    case AR -> "وإذ يستذكر قرارات " + name + " في هذا الشأن،";
                };
                assertFound(text, code, name);
                if (language == Language.AR) {
                    // with a proclitic: "و" (and) or "ب" (by)
                    assertFound("وإذ يستذكر قرارات و" + name + " في هذا الشأن،", code, name);
                    assertFound("قرار صادر ب" + name + " في هذا الشأن،", code, name);
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(Bodies.rows().stream().map(row -> row.column(0)).collect(Collectors.toSet()))
                .isEqualTo(Bodies.codes());
    }

    private static void assertFound(String text, String code, String name) {
        List<BodyMention> found = Bodies.find(text, null);
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).code()).as(text).isEqualTo(code);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).as(text).isEqualTo(name);
    }

    @Test
    void everyPlaceName() {
        Language[] columns = {Language.EN, Language.FR, Language.AR};
        int checked = 0;
        for (Lexicon.Row row : Places.rows()) {
            String city = row.column(0);
            for (int c = 0; c < columns.length; c++) {
                List<String> names = row.names(2 + c);
                String canonical = names.get(0).startsWith("=") ? names.get(0).substring(1) : names.get(0);
                assertThat(Places.name(city, columns[c])).isEqualTo(canonical);
                for (String name : names) {
                    if (name.startsWith("=")) {
                        continue;
                    }
                    String text = switch (columns[c]) {
                        case EN -> "The meeting held in " + name + ", in the presence of ministers,";
                        case FR -> "La réunion tenue à " + name + ", en présence des ministres,";
                        case AR -> "الاجتماع المنعقد في " + name + "، بحضور الوزراء";
                    };
                    List<PlaceMention> found = Places.find(text, columns[c]);
                    assertThat(found).as(text).hasSize(1);
                    assertThat(found.get(0).city()).as(text).isEqualTo(city);
                    assertThat(found.get(0).country()).as(text).isEqualTo(row.column(1));
                    assertThat(text.substring(found.get(0).start(), found.get(0).end())).as(text).isEqualTo(name);
                    if (columns[c] == Language.AR) {
                        List<PlaceMention> glued = Places.find("المنعقدة ب" + name + " أمس", Language.AR);
                        assertThat(glued).as("ب" + name).extracting(PlaceMention::city).containsExactly(city);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }
}

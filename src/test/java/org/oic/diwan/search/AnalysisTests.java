package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oic.diwan.text.Language;

/** Each language's analysis makes the forms a reader would call the same word meet, and no more. */
class AnalysisTests {

    private static final TermBase NONE = new TermBase(List.of());

    private static List<Set<String>> terms(Language language, String text) {
        return NONE.terms(language, text);
    }

    private static void same(Language language, String... forms) {
        List<Set<String>> first = terms(language, forms[0]);
        assertThat(first).as(forms[0]).hasSize(1);
        for (String form : forms) {
            assertThat(terms(language, form)).as(form).hasSize(1);
            assertThat(terms(language, form).get(0)).as("%s and %s", forms[0], form).containsAnyElementsOf(first.get(0));
        }
    }

    @Test
    void arabicFormsOfOneWordMeet() {
        same(Language.AR, "رقمي", "الرقمية", "والرقمية", "رقمية", "بالرقمية");
        same(Language.AR, "التحول", "تحول", "بالتحول", "وبالتحول", "للتحول");
        same(Language.AR, "الإسلامي", "الاسلامي", "الإسلامى", "إسلامي");
        same(Language.AR, "منظمة", "المنظمة", "منظمه", "لمنظمة");
        same(Language.AR, "الرقمـــية", "الرَّقْمِيَّة", "الرقمية");
        same(Language.AR, "الدول", "والدول", "للدول");
    }

    @Test
    void arabicKeepsDigitalApartFromNumber() {
        assertThat(terms(Language.AR, "رقم").get(0)).doesNotContainAnyElementsOf(terms(Language.AR, "الرقمية").get(0));
    }

    @Test
    void digitsOfEveryScriptAreEqual() {
        assertThat(terms(Language.AR, "٤٩")).isEqualTo(terms(Language.AR, "49"));
        assertThat(terms(Language.EN, "۴۹")).isEqualTo(terms(Language.EN, "49"));
    }

    @Test
    void frenchElisionAccentsAndPlurals() {
        same(Language.FR, "Organisation", "l'Organisation", "l’organisation", "organisations");
        same(Language.FR, "sécurité", "securite", "Sécurités");
        same(Language.FR, "numérique", "numeriques", "NUMÉRIQUE");
        assertThat(terms(Language.FR, "la de les")).isEmpty();
    }

    @Test
    void englishPossessivesAndStems() {
        same(Language.EN, "Secretariat", "Secretariat's", "secretariats");
        same(Language.EN, "resolution", "resolutions");
        same(Language.EN, "requests", "requested", "request");
        assertThat(terms(Language.EN, "the of and")).isEmpty();
    }

    @Test
    void arabicLightStemKeepsShortWords() {
        assertThat(ArabicLightStem.stem("دين")).isEqualTo("دين");
        assertThat(ArabicLightStem.stem("ولد")).isEqualTo("ولد");
        assertThat(ArabicLightStem.stem("الدوله")).isEqualTo("دول");
    }
}

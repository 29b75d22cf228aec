package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oic.diwan.text.Language;

/** The term base: its file is well formed and covers the organization's work; queries name its concepts. */
class TermBaseTests {

    private static TermBase small() throws Exception {
        String tsv = String.join("\n",
                "# test",
                "digital-solidarity-fund\tDigital Solidarity Fund | DSF\tFonds de solidarité numérique\tصندوق التضامن الرقمي",
                "oic-cert\tOIC-CERT | OIC Computer Emergency Response Team\tOCI-CERT\tفريق الاستجابة للطوارئ الحاسوبية",
                "");
        return new TermBase(TermBase.parse(new BufferedReader(new StringReader(tsv))));
    }

    @Test
    void wholeVariantsAndTheirConsecutiveWordsNameAConcept() throws Exception {
        TermBase base = small();
        assertThat(base.find(List.of("solidarité", "numérique"))).singleElement()
                .satisfies(m -> assertThat(m.concept().id()).isEqualTo("digital-solidarity-fund"));
        assertThat(base.find(List.of("Fonds", "de", "solidarite", "numeriques"))).hasSize(1);
        assertThat(base.find(List.of("DSF"))).hasSize(1);
        assertThat(base.find(List.of("للطوارئ", "الحاسوبية"))).singleElement()
                .satisfies(m -> assertThat(m.language()).isEqualTo(Language.AR));
        assertThat(base.find(List.of("numérique"))).as("one word of a longer name is not the name").isEmpty();
        assertThat(base.find(List.of("budget", "annuel"))).isEmpty();
    }

    @Test
    void theMatchSaysWhichWordsItCovers() throws Exception {
        List<TermBase.Match> matches = small().find(List.of("adhésion", "au", "fonds", "de", "solidarité", "numérique"));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.firstClause()).isEqualTo(2);
            assertThat(m.lastClause()).isEqualTo(5);
        });
    }

    @Test
    void theTermBaseFileIsWellFormedAndBroad() {
        TermBase base = TermBase.load();
        assertThat(base.concepts()).hasSizeGreaterThanOrEqualTo(300);
        Set<String> ids = new HashSet<>();
        for (TermBase.Concept concept : base.concepts()) {
            assertThat(ids.add(concept.id())).as("unique id %s", concept.id()).isTrue();
            for (Language language : Language.values()) {
                List<String> variants = concept.variants().get(language);
                assertThat(variants).as("%s in %s", concept.id(), language).isNotEmpty();
                for (String variant : variants) {
                    // every variant is searchable: its analysis leaves terms, and it names its own concept
                    assertThat(base.terms(language, variant)).as("%s: %s", concept.id(), variant).isNotEmpty();
                    assertThat(base.find(List.of(variant.split("\\s+")))).as("%s: %s", concept.id(), variant)
                            .isNotEmpty();
                }
            }
        }
    }
}

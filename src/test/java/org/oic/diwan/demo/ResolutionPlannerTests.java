package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.oic.diwan.demo.Addressee.Category;
import org.oic.diwan.demo.Resolution.Acknowledgement;
import org.oic.diwan.demo.Resolution.Directive;
import org.oic.diwan.demo.Resolution.OperativeParagraph;

class ResolutionPlannerTests {

    private final Vocabulary vocabulary = Vocabulary.get();
    private final ResolutionPlanner planner = new ResolutionPlanner(vocabulary, 11L);

    @Test
    void resolutionsHaveThreeToSevenPreambularAndFourToTenOperativeParagraphs() {
        for (int index = 0; index < 2_000; index++) {
            Resolution resolution = planner.plan(index);
            assertThat(resolution.preamble()).hasSizeBetween(3, 7);
            assertThat(resolution.operative()).hasSizeBetween(4, 10);
        }
    }

    @Test
    void actionsGoToThoseWhoCanCarryThemOut() {
        for (int index = 0; index < 2_000; index++) {
            for (OperativeParagraph paragraph : planner.plan(index).operative()) {
                switch (paragraph) {
                    case Directive directive when directive.addressee() == null ->
                            assertThat(vocabulary.scope(directive.action()).decidable()).isTrue();
                    case Directive directive -> {
                        Category category = directive.addressee().category();
                        assertThat(vocabulary.scope(directive.action()).suits(category)).isTrue();
                        assertThat(directive.verb().suits(category)).isTrue();
                    }
                    case Acknowledgement thanks ->
                            assertThat(vocabulary.scope(thanks.action()).suits(thanks.addressee().category())).isTrue();
                    default -> {
                    }
                }
            }
        }
    }

    @Test
    void nothingIsCitedBeforeItExisted() {
        for (int index = 0; index < 2_000; index++) {
            Resolution resolution = planner.plan(index);
            int year = resolution.year();
            assertThat(vocabulary.existed(resolution.title(), year)).isTrue();
            for (OperativeParagraph paragraph : resolution.operative()) {
                if (paragraph instanceof Directive directive) {
                    assertThat(vocabulary.existed(directive.action(), year)).isTrue();
                    if (directive.addressee() != null) {
                        assertThat(vocabulary.existed(directive.addressee(), year)).isTrue();
                    }
                }
            }
        }
    }
}

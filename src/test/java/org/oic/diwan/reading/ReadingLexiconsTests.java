package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oic.diwan.text.Language;

/** Every entry of the verbs and openers lexicons is recognized where a resolution would print it. */
class ReadingLexiconsTests {

    @Test
    void everyOperativeVerbOpensAParagraph() {
        for (String[] row : OperativeVerbs.entries()) {
            Language language = Language.ofCode(row[0]).orElseThrow();
            String paragraph = row[1] + " " + object(language);
            assertThat(OperativeVerbs.find(paragraph, language))
                    .as("%s %s", row[0], row[1])
                    .hasValueSatisfying(verb -> {
                        assertThat(verb.canonical()).isEqualTo(row[2]);
                        assertThat(verb.strength().name()).isEqualToIgnoringCase(row[3]);
                    });
        }
    }

    @Test
    void everyOperativeVerbInCapitalsOrWithAConjunction() {
        for (String[] row : OperativeVerbs.entries()) {
            Language language = Language.ofCode(row[0]).orElseThrow();
            String printed = language == Language.AR ? "و" + row[1] : row[1].toUpperCase(java.util.Locale.ROOT);
            assertThat(OperativeVerbs.find("**" + printed + "** " + object(language), language))
                    .as("%s %s", row[0], printed)
                    .map(OperativeVerb::canonical)
                    .contains(row[2]);
        }
    }

    @Test
    void everyPreambleOpenerOpensAPreambularParagraph() {
        for (String[] row : PreambleOpeners.entries()) {
            Language language = Language.ofCode(row[0]).orElseThrow();
            assertThat(PreambleOpeners.opens(row[1] + " " + object(language), language)).as("%s %s", row[0], row[1]).isTrue();
            if (language == Language.AR) {
                assertThat(PreambleOpeners.opens("و" + row[1] + " " + object(language), language))
                        .as("و%s", row[1]).isTrue();
            } else {
                assertThat(PreambleOpeners.opens("- **" + capitalized(row[1]) + "** " + object(language), language))
                        .as(row[1]).isTrue();
            }
        }
    }

    @Test
    void anAccusativeVerbalNounOpensAnArabicPreambularParagraph() {
        // tanwin fatha marks the accusative: the form is read without being listed
        assertThat(PreambleOpeners.opens("وتيسيراً للتعاون بين الدول الأعضاء؛", Language.AR)).isTrue();
        assertThat(PreambleOpeners.opens("وتيسيرا للتعاون بين الدول", Language.AR)).isFalse(); // without the mark: unknown
    }

    @Test
    void theVerbNeedNotBeTheFirstWord() {
        // "Given the increased dependency ..., instructs": the verb follows a clause
        assertThat(OperativeVerbs.find("Given the growing need for shared data, instructs the Department to act",
                Language.EN)).map(OperativeVerb::canonical).contains("Instructs");
        assertThat(OperativeVerbs.opening("Given the growing need for shared data, instructs the Department", Language.EN))
                .isEmpty();
    }

    @Test
    void ordinaryParagraphsHaveNoVerbOrOpener() {
        assertThat(OperativeVerbs.find("The following paragraph lists the members of the bureau and their regions", Language.EN))
                .isEmpty();
        assertThat(PreambleOpeners.opens("The Council of Foreign Ministers, meeting in its session,", Language.EN)).isFalse();
        assertThat(PreambleOpeners.opens("أن نجتمع بانتظام في إطار المنتدى", Language.AR)).isFalse();
    }

    private static String object(Language language) {
        return switch (language) {
            case EN -> "the member states to act on the matter";
            case FR -> "les États membres à agir sur la question";
            case AR -> "الدول الأعضاء إلى العمل في هذا الشأن";
        };
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What people type becomes clauses, and nothing typed makes the parser fail. */
class QueryTextTests {

    @Test
    void wordsPhrasesExclusionsAndAlternatives() {
        QueryText text = QueryText.parse("digital \"solidarity fund\" -budget cert OR emergency");
        assertThat(text.clauses()).extracting(QueryText.Clause::kind)
                .containsExactly(QueryText.Kind.WORD, QueryText.Kind.PHRASE, QueryText.Kind.WORD, QueryText.Kind.WORD);
        assertThat(text.clauses().get(1).text()).isEqualTo("solidarity fund");
        assertThat(text.clauses().get(2).excluded()).isTrue();
        assertThat(text.clauses().get(3).alternatives()).extracting(QueryText.Clause::text).containsExactly("emergency");
    }

    @Test
    void symbolsAndNumbersAreRecognized() {
        for (String symbol : new String[] {"CFM-49", "OIC/CFM-49/2023/IT", "1/49-IT", "38/1-إع", "IT-49/1"}) {
            assertThat(QueryText.parse(symbol).clauses()).singleElement()
                    .satisfies(c -> assertThat(c.kind()).as(symbol).isEqualTo(QueryText.Kind.SYMBOL));
        }
        assertThat(QueryText.parse("COVID").clauses().get(0).kind()).isEqualTo(QueryText.Kind.WORD);
    }

    @Test
    void unclosedQuotesAndLoneOperatorsAreForgiven() {
        assertThat(QueryText.parse("\"digital transformation").clauses()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("digital transformation"));
        assertThat(QueryText.parse("OR - \"\" OR").clauses()).isEmpty();
        assertThat(QueryText.parse("-budget").isEmpty()).isTrue();
        assertThat(QueryText.parse("«التضامن الرقمي»").clauses().get(0).kind()).isEqualTo(QueryText.Kind.PHRASE);
    }

    @Property(tries = 1000)
    void anyTextParsesAndPlans(@ForAll String typed) {
        QueryText text = QueryText.parse(typed);
        QueryPlan.of(text, TermBaseHolder.TERM_BASE);
    }

    /** Loaded once for the property. */
    static final class TermBaseHolder {
        static final TermBase TERM_BASE = TermBase.load();
    }
}

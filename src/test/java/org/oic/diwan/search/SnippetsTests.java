package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oic.diwan.text.Language;

/** Excerpts: matches marked as whole phrases, text escaped, isolated in their language's direction. */
class SnippetsTests {

    private final Snippets snippets = new Snippets();
    private final TermBase termBase = TermBase.load();

    private Snippet excerpt(Language language, String text, String query) {
        return snippets.of(language, text, QueryPlan.of(QueryText.parse(query), termBase).anyWord());
    }

    @Test
    void adjacentMatchesAreOnePhrase() {
        Snippet snippet = excerpt(Language.EN, "Invites the Digital Solidarity Fund to set up a platform.", "digital solidarity fund");
        assertThat(snippet.fragments()).filteredOn(Snippet.Fragment::match).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Digital Solidarity Fund"));
        assertThat(snippet.text()).isEqualTo("Invites the Digital Solidarity Fund to set up a platform.");
    }

    @Test
    void arabicIsIsolatedRightToLeftAndTextIsEscaped() {
        Snippet snippet = excerpt(Language.AR, "يدعو <b>صندوق</b> التضامن الرقمي إلى التعاون", "الرقمية");
        assertThat(snippet.html()).startsWith("<bdi lang=\"ar\" dir=\"rtl\">").contains("<mark>الرقمي</mark>")
                .contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void withoutMatchTheBeginningIsShown() {
        String text = "word ".repeat(200);
        Snippet snippet = excerpt(Language.EN, text, "absent");
        assertThat(snippet.fragments()).noneMatch(Snippet.Fragment::match);
        assertThat(snippet.text().length()).isLessThan(340);
    }
}

package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language links keep the page and its query; only {@code ui} changes. */
class UiLanguageLinksTests {

    @Test
    void theQueryStaysOnlyTheLanguageChanges() {
        assertThat(UiLanguageLinks.link("/search", "q=%D8%B1%D9%82%D9%85%D9%8A&ui=en&sort=date", "fr"))
                .isEqualTo("/search?q=%D8%B1%D9%82%D9%85%D9%8A&sort=date&ui=fr");
        assertThat(UiLanguageLinks.link("/mandates/42", null, "ar")).isEqualTo("/mandates/42?ui=ar");
        assertThat(UiLanguageLinks.link("/search", "q=a+b&lang=ar&lang=fr", "en")).isEqualTo("/search?q=a+b&lang=ar&lang=fr&ui=en");
    }

    @Test
    void aQueryThatIsNotEncodedFallsBackToTheLanguageAlone() {
        assertThat(UiLanguageLinks.link("/search", "q=رقمي", "fr")).isEqualTo("?ui=fr");
    }
}

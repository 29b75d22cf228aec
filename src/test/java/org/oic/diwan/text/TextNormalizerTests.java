package org.oic.diwan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    @Test
    void unifiesLineEnds() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\nd\fe")).isEqualTo("a\nb\nc\nd\ne");
    }

    @Test
    void dropsByteOrderMarkAndInvisibleFormatting() {
        // BOM, zero-width space, soft hyphen, right-to-left mark, embedding and isolate controls
        assertThat(TextNormalizer.normalize("\uFEFFOIC/\u200BCFM\u00AD-49\u200F/\u202B2023\u202C/\u2067IT\u2069"))
                .isEqualTo("OIC/CFM-49/2023/IT");
    }

    @Test
    void turnsArabicPresentationFormsIntoLetters() {
        // lam-alef ligature and final forms, as PDF extraction produces them
        assertThat(TextNormalizer.normalize("\uFEFB\uFE8E")).isEqualTo("لاا");
        assertThat(TextNormalizer.normalize("\uFEE3\uFEE8\uFEC8\uFEE4\uFE94")).isEqualTo("منظمة");
    }

    @Test
    void keepsDigitsTatweelAndSpacingAsPrinted() {
        String text = "الدورة ٤٩ ـــ 49\u00A0:  nbsp\ttab";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void composesToNfc() {
        assertThat(TextNormalizer.normalize("Re\u0301solution")).isEqualTo("Résolution");
    }

    @Test
    void dropsStrayControlCharacters() {
        assertThat(TextNormalizer.normalize("a\u0000b\u0007c\u001Bd")).isEqualTo("abcd");
    }

    @Test
    void emptyAndNull() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }
}

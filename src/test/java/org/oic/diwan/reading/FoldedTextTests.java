package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldedTextTests {

    private static String folded(String text) {
        FoldedText f = FoldedText.of(text);
        return f.substring(0, f.length());
    }

    @Test
    void foldsWhatDoesNotChangeTheWord() {
        assertThat(folded("RÉSOLUTION Février AOÛT")).isEqualTo("resolution fevrier aout");
        assertThat(folded("أإآٱا")).isEqualTo("ااااا");
        assertThat(folded("الدورة الأولى")).isEqualTo("الدوره الاولي");
        assertThat(folded("الشؤون الشئون")).isEqualTo("الشءون الشءون");
        assertThat(folded("مــــارس")).isEqualTo("مارس");
        assertThat(folded("عُقِدَتْ")).isEqualTo("عقدت");
        assertThat(folded("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789 0123456789");
        assertThat(folded("16–17—18‑19")).isEqualTo("16-17-18-19");
        assertThat(folded("Rabi’ Rabiʿ Rabiʼ Rabi`")).isEqualTo("rabi' rabi' rabi' rabi'");
        assertThat(folded("a \u00A0 \t\n b")).isEqualTo("a b");
        assertThat(folded("**bold** 49^{ÈME} XXI^e")).isEqualTo("bold 49eme xxie");
    }

    @Test
    void digitsMapCharForChar() {
        assertThat(Digits.ascii("القرار ٣٨/١ و۴۹")).isEqualTo("القرار 38/1 و49");
        assertThat(Digits.ascii("١٢").length()).isEqualTo(2);
    }

    @Test
    void offsetsLeadBackToTheOriginal() {
        String text = "**49^{ÈME}** مــارسَ";
        FoldedText f = FoldedText.of(text);
        String folded = f.substring(0, f.length());
        int start = folded.indexOf("49eme");
        int end = start + "49eme".length();
        assertThat(text.substring(f.originalStart(start), f.originalEnd(end))).isEqualTo("49^{ÈME}");
        int month = folded.indexOf("مارس");
        assertThat(text.substring(f.originalStart(month), f.originalEnd(month + 4))).isEqualTo("مــارسَ");
    }

    @Test
    void skeletonsIgnoreSeparatorsAndDoubledLetters() {
        assertThat(PhraseTrie.skeleton("Dhul-Hijjah")).isEqualTo(PhraseTrie.skeleton("dhul hijah"));
        assertThat(PhraseTrie.skeleton("Sha'ban")).isEqualTo(PhraseTrie.skeleton("SHAABAN"));
        assertThat(PhraseTrie.skeleton("Rabi I")).isNotEqualTo(PhraseTrie.skeleton("Rabi II"));
        assertThat(PhraseTrie.skeleton("إسلام آباد")).isEqualTo(PhraseTrie.skeleton("اسلاماباد"));
    }
}

package org.oic.diwan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;

class LanguageDetectorTests {

    @Test
    void theSeedsAreArabicFrenchEnglishArabicArabic() {
        assertThat(LanguageDetector.detect(Seeds.text("000"))).contains(Language.AR);
        assertThat(LanguageDetector.detect(Seeds.text("001"))).contains(Language.FR);
        assertThat(LanguageDetector.detect(Seeds.text("002"))).contains(Language.EN);
        assertThat(LanguageDetector.detect(Seeds.text("003"))).contains(Language.AR);
        // words of many lines reversed by PDF extraction: still Arabic words
        assertThat(LanguageDetector.detect(Seeds.text("004"))).contains(Language.AR);
    }

    @Test
    void englishWithFrenchNamesIsEnglish() {
        assertThat(LanguageDetector.detect(
                "The Council requests the Secretary General to report on the Conseil des ministres and its work."))
                .contains(Language.EN);
    }

    @Test
    void frenchWithEnglishAcronymsIsFrench() {
        assertThat(LanguageDetector.detect(
                "Le Conseil prie le Secrétaire général de faire rapport sur la mise en œuvre du COMCEC et de l'ICDT."))
                .contains(Language.FR);
    }

    @Test
    void arabicWithLatinSymbolsIsArabic() {
        assertThat(LanguageDetector.detect("OIC/CFM-49/2023/IT/FINAL قرار بشأن تقنية المعلومات في الأمانة العامة من أجل التحول إلى العمل الرقمي"))
                .contains(Language.AR);
    }

    @Test
    void otherLanguagesAreRecognizedAndRefused() {
        // Persian and Urdu share the Arabic script; Spanish and Turkish the Latin one.
        assertThat(LanguageDetector.guess("این سند در باره همکاری های دیجیتال است و از کشورها می خواهد که به آن بپیوندند").language())
                .isEqualTo("fa");
        assertThat(LanguageDetector.guess("یہ قرارداد رکن ممالک کے لیے ہے اور ان سے کہتی ہے کہ وہ اس میں شامل ہوں").language())
                .isEqualTo("ur");
        assertThat(LanguageDetector.guess("El Consejo pide a los Estados miembros que apoyen el programa de la Organización con sus recursos").language())
                .isEqualTo("es");
        assertThat(LanguageDetector.guess("Konsey üye devletlere bu program için destek vermelerini ve daha çok işbirliği yapmalarını ister").language())
                .isEqualTo("tr");
        assertThat(LanguageDetector.detect("El Consejo pide a los Estados miembros que apoyen el programa con sus recursos")).isEmpty();
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertThat(LanguageDetector.guess("OIC/CFM-49/2023").language()).isEqualTo("und");
        assertThat(LanguageDetector.guess("   ").language()).isEqualTo("und");
        assertThat(LanguageDetector.detect("12345 67890")).isEmpty();
    }

    @Test
    void diacriticsDoNotHideArabicWords() {
        assertThat(LanguageDetector.detect("يُشِيدُ فِي هَذَا الْقَرَارِ عَلَى جُهُودِ مِنَ الأَمَانَةِ إِلَى الدُّوَلِ")).contains(Language.AR);
    }
}

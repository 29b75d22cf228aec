package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

class OrdinalWordsTests {

    @Test
    void englishOrdinalsInWords() {
        assertThat(OrdinalWords.english(1)).isEqualTo("First");
        assertThat(OrdinalWords.english(11)).isEqualTo("Eleventh");
        assertThat(OrdinalWords.english(12)).isEqualTo("Twelfth");
        assertThat(OrdinalWords.english(21)).isEqualTo("Twenty-First");
        assertThat(OrdinalWords.english(38)).isEqualTo("Thirty-Eighth");
        assertThat(OrdinalWords.english(40)).isEqualTo("Fortieth");
        assertThat(OrdinalWords.english(49)).isEqualTo("Forty-Ninth");
        assertThat(OrdinalWords.english(60)).isEqualTo("Sixtieth");
    }

    @Test
    void englishOrdinalsInFigures() {
        assertThat(OrdinalWords.englishNumeric(1)).isEqualTo("1st");
        assertThat(OrdinalWords.englishNumeric(2)).isEqualTo("2nd");
        assertThat(OrdinalWords.englishNumeric(3)).isEqualTo("3rd");
        assertThat(OrdinalWords.englishNumeric(11)).isEqualTo("11th");
        assertThat(OrdinalWords.englishNumeric(12)).isEqualTo("12th");
        assertThat(OrdinalWords.englishNumeric(13)).isEqualTo("13th");
        assertThat(OrdinalWords.englishNumeric(21)).isEqualTo("21st");
        assertThat(OrdinalWords.englishNumeric(38)).isEqualTo("38th");
        assertThat(OrdinalWords.englishNumeric(52)).isEqualTo("52nd");
    }

    @Test
    void frenchOrdinalsInWordsAreFeminineLikeSession() {
        assertThat(OrdinalWords.french(1)).isEqualTo("première");
        assertThat(OrdinalWords.french(11)).isEqualTo("onzième");
        assertThat(OrdinalWords.french(17)).isEqualTo("dix-septième");
        assertThat(OrdinalWords.french(21)).isEqualTo("vingt et unième");
        assertThat(OrdinalWords.french(38)).isEqualTo("trente-huitième");
        assertThat(OrdinalWords.french(49)).isEqualTo("quarante-neuvième");
        assertThat(OrdinalWords.french(50)).isEqualTo("cinquantième");
        assertThat(OrdinalWords.french(71)).isEqualTo("soixante et onzième");
        assertThat(OrdinalWords.french(80)).isEqualTo("quatre-vingtième");
        assertThat(OrdinalWords.french(81)).isEqualTo("quatre-vingt-unième");
        assertThat(OrdinalWords.french(99)).isEqualTo("quatre-vingt-dix-neuvième");
    }

    @Test
    void frenchOrdinalsInFigures() {
        assertThat(OrdinalWords.frenchNumeric(1)).isEqualTo("1ère");
        assertThat(OrdinalWords.frenchNumeric(48)).isEqualTo("48ème");
    }

    @Test
    void arabicFeminineOrdinalsAgreeWithSession() {
        assertThat(OrdinalWords.arabicFeminine(1)).isEqualTo("الأولى");
        assertThat(OrdinalWords.arabicFeminine(10)).isEqualTo("العاشرة");
        assertThat(OrdinalWords.arabicFeminine(11)).isEqualTo("الحادية عشرة");
        assertThat(OrdinalWords.arabicFeminine(12)).isEqualTo("الثانية عشرة");
        assertThat(OrdinalWords.arabicFeminine(20)).isEqualTo("العشرين");
        assertThat(OrdinalWords.arabicFeminine(21)).isEqualTo("الحادية والعشرين");
        assertThat(OrdinalWords.arabicFeminine(38)).isEqualTo("الثامنة والثلاثين");
        assertThat(OrdinalWords.arabicFeminine(49)).isEqualTo("التاسعة والأربعين");
        assertThat(OrdinalWords.arabicFeminine(50)).isEqualTo("الخمسين");
    }

    @Test
    void everyOrdinalUpToSixtyIsDistinctInEachLanguage() {
        for (IntFunction<String> ordinal : List.<IntFunction<String>>of(OrdinalWords::english,
                OrdinalWords::french, OrdinalWords::arabicFeminine, OrdinalWords::englishNumeric,
                OrdinalWords::frenchNumeric)) {
            Set<String> seen = new HashSet<>();
            for (int n = 1; n <= 60; n++) {
                assertThat(seen.add(ordinal.apply(n))).as("ordinal %d is new", n).isTrue();
            }
        }
    }

    @Test
    void rejectsNumbersOutsideTheRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> OrdinalWords.english(0));
        assertThatIllegalArgumentException().isThrownBy(() -> OrdinalWords.arabicFeminine(100));
    }
}

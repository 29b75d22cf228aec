package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTests {

    @Test
    void prefixesAttachToTheFollowingWord() {
        assertThat(Arabic.connect("ب", "الدول الأعضاء")).isEqualTo("بالدول الأعضاء");
        assertThat(Arabic.connect("ل", "الأمين العام")).isEqualTo("للأمين العام");
        assertThat(Arabic.connect("ل", "اللجنة الدائمة")).isEqualTo("للجنة الدائمة");
        assertThat(Arabic.connect("ل", "مجلس وزراء الخارجية")).isEqualTo("لمجلس وزراء الخارجية");
        assertThat(Arabic.connect("من ", "الأمين العام")).isEqualTo("من الأمين العام");
        assertThat(Arabic.connect("", "إعداد دراسة")).isEqualTo("إعداد دراسة");
    }

    @Test
    void verbPhrasesAgreeWithAFeminineBody() {
        assertThat(Arabic.feminine("يقرر")).isEqualTo("تقرر");
        assertThat(Arabic.feminine("إذ يضع في اعتباره")).isEqualTo("إذ تضع في اعتبارها");
        assertThat(Arabic.feminine("اقتناعاً منه بأن")).isEqualTo("اقتناعاً منها بأن");
        assertThat(Arabic.feminine("يعرب عن تقديره")).isEqualTo("تعرب عن تقديرها");
        assertThat(Arabic.feminine("يحيط علماً مع التقدير")).isEqualTo("تحيط علماً مع التقدير");
    }

    @Test
    void digitsCanBeWrittenInArabicIndicForm() {
        assertThat(Arabic.indicDigits("القرار رقم 7/48")).isEqualTo("القرار رقم ٧/٤٨");
    }
}

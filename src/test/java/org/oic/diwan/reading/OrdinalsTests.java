package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oic.diwan.demo.OrdinalWords;
import org.oic.diwan.text.Language;

class OrdinalsTests {

    /** The one ordinal of the text, with its value and the words it covers. */
    private static void one(String text, Language language, int value, String printed) {
        List<OrdinalMention> found = Ordinals.find(text, language);
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).value()).as(text).isEqualTo(value);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).as(text).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Forty-Ninth Session of the Council | 49 | Forty-Ninth",
        "the forty ninth session | 49 | forty ninth",
        "THE FORTY-NINTH SESSION | 49 | FORTY-NINTH",
        "the fortyninth session | 49 | fortyninth",
        "49TH SESSION OF THE COUNCIL | 49 | 49TH",
        "the 49 th session | 49 | 49 th",
        "its 1st session | 1 | 1st",
        "its 2nd session | 2 | 2nd",
        "its 3rd session | 3 | 3rd",
        "its 11th session | 11 | 11th",
        "the first session | 1 | first",
        "the twelfth session | 12 | twelfth",
        "the twentieth session | 20 | twentieth",
        "the Twenty-First Session | 21 | Twenty-First",
        "the ninety-ninth session | 99 | ninety-ninth",
        "the third extraordinary Islamic Summit | 3 | third",
        "the 13th Islamic Summit | 13 | 13th",
        "the Council's 49th session | 49 | 49th",
        "Session 49 of the Council | 49 | 49",
        "session No. 5 | 5 | 5",
    })
    void english(String text, int value, String printed) {
        one(text, Language.EN, value, printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "la quarante-neuvième session | 49 | quarante-neuvième",
        "LA QUARANTE-NEUVIÈME SESSION | 49 | QUARANTE-NEUVIÈME",
        "la quarante-neuvieme session | 49 | quarante-neuvieme",
        "la première session | 1 | première",
        "le premier sommet | 1 | premier",
        "la deuxième session | 2 | deuxième",
        "la seconde session | 2 | seconde",
        "la Troisième Session extraordinaire | 3 | Troisième",
        "la dix-septième session | 17 | dix-septième",
        "la vingt et unième session | 21 | vingt et unième",
        "la vingt-et-unième session | 21 | vingt-et-unième",
        "la trente-deuxième session | 32 | trente-deuxième",
        "la soixante-dixième session | 70 | soixante-dixième",
        "la soixante et onzième session | 71 | soixante et onzième",
        "la soixante-dix-septième session | 77 | soixante-dix-septième",
        "la quatre-vingtième session | 80 | quatre-vingtième",
        "la quatre-vingt-unième session | 81 | quatre-vingt-unième",
        "la quatre-vingt-dixième session | 90 | quatre-vingt-dixième",
        "la quatre-vingt-dix-neuvième session | 99 | quatre-vingt-dix-neuvième",
        "la septante-deuxième session | 72 | septante-deuxième",
        "la 1re session | 1 | 1re",
        "la 1ère session | 1 | 1ère",
        "le 1er sommet | 1 | 1er",
        "la 2e session | 2 | 2e",
        "la 2ème session | 2 | 2ème",
        "la 49e session | 49 | 49e",
        "la 49ème session | 49 | 49ème",
        "la 49eme session | 49 | 49eme",
        "LA 49^{ÈME} SESSION | 49 | 49^{ÈME}",
        "la 49^{e} session | 49 | 49^{e}",
        "le 13^{ème} Sommet islamique | 13 | 13^{ème}",
        "la XIIIe session | 13 | XIIIe",
        "la XLIX^{e} session | 49 | XLIX^{e}",
    })
    void french(String text, int value, String printed) {
        one(text, Language.FR, value, printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "الدورة التاسعة والأربعين لمجلس وزراء الخارجية | 49 | التاسعة والأربعين",
        "الدورة التاسعة و الأربعين | 49 | التاسعة و الأربعين",
        "الدورة تاسعة والأربعين | 49 | تاسعة والأربعين",
        "الدورة التاسعة والاربعين | 49 | التاسعة والاربعين",
        "الدورة الأولى | 1 | الأولى",
        "الدورة الاولى | 1 | الاولى",
        "الدورة الأولي | 1 | الأولي",
        "الدورة الثانية | 2 | الثانية",
        "الدورة العاشرة | 10 | العاشرة",
        "الدورة الحادية عشرة | 11 | الحادية عشرة",
        "الدورة الحاديه عشره | 11 | الحاديه عشره",
        "الدورة الحادية عشر | 11 | الحادية عشر",
        "الدورة الثانية عشرة | 12 | الثانية عشرة",
        "الدورة التاسعة عشرة | 19 | التاسعة عشرة",
        "الدورة العشرين | 20 | العشرين",
        "الدورة العشرون | 20 | العشرون",
        "الدورة الحادية والعشرين | 21 | الحادية والعشرين",
        "الدورة الثانية والعشرين | 22 | الثانية والعشرين",
        "الدورة السابعة والأربعون | 47 | السابعة والأربعون",
        "الدورة الخمسين | 50 | الخمسين",
        "الدورة الثامنة والثلاثين | 38 | الثامنة والثلاثين",
        "الدورة الـتاسعة والأربعيـن | 49 | الـتاسعة والأربعيـن",
        "الدورةُ التاسعةُ والأربعونَ | 49 | التاسعةُ والأربعونَ",
        "للدورة الثامنة | 8 | الثامنة",
        "في دورته الثامنة والثلاثين | 38 | الثامنة والثلاثين",
        "المؤتمر الأول | 1 | الأول",
        "المؤتمر الثاني | 2 | الثاني",
        "المؤتمر الحادي عشر | 11 | الحادي عشر",
        "المؤتمر التاسع والأربعون | 49 | التاسع والأربعون",
        "المؤتمر التاسع والأربعين | 49 | التاسع والأربعين",
        "الدورة الـ49 | 49 | 49",
        "الدورة الـ 49 | 49 | 49",
        "الدورة 49 | 49 | 49",
        "الدورة ٤٩ | 49 | ٤٩",
        "في دورته الـ49 | 49 | 49",
        "الدورة رقم 5 | 5 | 5",
    })
    void arabic(String text, int value, String printed) {
        one(text, Language.AR, value, printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "في القرن الحادي والعشرين",
        "the 21st century",
        "the challenges of the 21st Century",
        "les défis du XXI^e siècle",
        "le 1er janvier 2020",
        "on the 2nd of March 2023",
        "من 6 و 7 ربيع الأول 1429هـ",
        "من 28 إلى 30 ربيع الثاني 1428هـ",
        "جمادى الأولى",
        "كانون الثاني",
        "le Premier ministre",
        "49 member states",
        "paragraph 49 of the resolution",
        "الفقرة 49",
        "resolution 38/2 of the session",
        "the 2023 session",
        "الدورة 2023",
        "2023th",
        "3D printing",
        "1e5",
        "",
    })
    void notSessionOrdinals(String text) {
        assertThat(Ordinals.find(text, null)).as(text).isEmpty();
    }

    @Test
    void severalInOrder() {
        String text = "the 48th Session of the Council of Ministers and the Forty-Ninth Session, then the 50th session";
        assertThat(Ordinals.find(text, Language.EN)).extracting(OrdinalMention::value).containsExactly(48, 49, 50);
    }

    @Test
    void eachLanguageReadsItsOwnWords() {
        assertThat(Ordinals.find("quarante-neuvième", Language.EN)).isEmpty();
        assertThat(Ordinals.find("quarante-neuvième", Language.FR)).extracting(OrdinalMention::value).containsExactly(49);
        assertThat(Ordinals.find("quarante-neuvième", null)).extracting(OrdinalMention::value).containsExactly(49);
        // Digits with a suffix read in every language: versions quote each other.
        assertThat(Ordinals.find("49th", Language.AR)).extracting(OrdinalMention::value).containsExactly(49);
    }

    @Test
    void parsesAnOrdinalWrittenAlone() {
        assertThat(Ordinals.parse("forty-ninth", Language.EN)).hasValue(49);
        assertThat(Ordinals.parse(" Forty-Ninth ", Language.EN)).hasValue(49);
        assertThat(Ordinals.parse("49th", Language.EN)).hasValue(49);
        assertThat(Ordinals.parse("**49TH**", Language.EN)).hasValue(49);
        assertThat(Ordinals.parse("49^{ÈME}", Language.FR)).hasValue(49);
        assertThat(Ordinals.parse("quarante-neuvième", Language.FR)).hasValue(49);
        assertThat(Ordinals.parse("التاسعة والأربعين", Language.AR)).hasValue(49);
        assertThat(Ordinals.parse("الـ49", Language.AR)).hasValue(49);
        assertThat(Ordinals.parse("second", Language.EN)).hasValue(2);
    }

    @Test
    void parseRefusesWhatIsNotOneOrdinal() {
        assertThat(Ordinals.parse("49", Language.EN)).isEmpty();
        assertThat(Ordinals.parse("forty-ninth session", Language.EN)).isEmpty();
        assertThat(Ordinals.parse("48th and 49th", Language.EN)).isEmpty();
        assertThat(Ordinals.parse("quarante-neuvième", Language.EN)).isEmpty();
        assertThat(Ordinals.parse("", Language.EN)).isEmpty();
        assertThat(Ordinals.parse(null, Language.EN)).isEmpty();
        assertThat(Ordinals.parse("forty", Language.EN)).isEmpty();
    }

    @Test
    void readsEveryOrdinalTheGeneratorWrites() {
        // The demo generator and the reader must agree on 1 to 99 in every language.
        for (int n = 1; n <= 99; n++) {
            assertThat(Ordinals.parse(OrdinalWords.english(n), Language.EN)).as(OrdinalWords.english(n)).hasValue(n);
            assertThat(Ordinals.parse(OrdinalWords.englishNumeric(n), Language.EN)).hasValue(n);
            assertThat(Ordinals.parse(OrdinalWords.french(n), Language.FR)).as(OrdinalWords.french(n)).hasValue(n);
            assertThat(Ordinals.parse(OrdinalWords.frenchNumeric(n), Language.FR)).hasValue(n);
            assertThat(Ordinals.parse(OrdinalWords.arabicFeminine(n), Language.AR)).as(OrdinalWords.arabicFeminine(n)).hasValue(n);
        }
    }

    @Test
    void composesEveryValueFromOneToNinetyNineInEveryLanguage() {
        OrdinalLexicon lexicon = OrdinalLexicon.get();
        for (Language language : Language.values()) {
            assertThat(lexicon.forms(language).values()).as(language.code())
                    .containsAll(java.util.stream.IntStream.rangeClosed(1, 99).boxed().toList());
        }
    }
}

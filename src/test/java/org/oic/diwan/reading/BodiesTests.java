package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oic.diwan.text.Language;

class BodiesTests {

    private static void one(String text, Language language, String code, String printed) {
        List<BodyMention> found = Bodies.find(text, language);
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).code()).as(text).isEqualTo(code);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).as(text).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | adopted by the Council of Foreign Ministers. | CFM | Council of Foreign Ministers",
        "en | 49TH SESSION OF THE COUNCIL OF FOREIGN MINISTERS | CFM | COUNCIL OF FOREIGN MINISTERS",
        "en | the Islamic Conference of Foreign Ministers | CFM | Islamic Conference of Foreign Ministers",
        "en | to the 50th session of the CFM. | CFM | CFM",
        "en | the 13th Islamic Summit (Istanbul) | SUMMIT | Islamic Summit",
        "en | the Islamic Summit Conference | SUMMIT | Islamic Summit Conference",
        "en | the Standing Committee for Economic and Commercial Cooperation | COMCEC | Standing Committee for Economic and Commercial Cooperation",
        "en | the 38th COMCEC Ministerial Session | COMCEC | COMCEC",
        "en | the Standing Committee for Information and Cultural Affairs | COMIAC | Standing Committee for Information and Cultural Affairs",
        "en | the Standing Committee on Scientific and Technological Cooperation | COMSTECH | Standing Committee on Scientific and Technological Cooperation",
        "en | the Islamic Conference of Information Ministers | ICIM | Islamic Conference of Information Ministers",
        "en | the Islamic Commission for Economic, Cultural and Social Affairs | ICECS | Islamic Commission for Economic, Cultural and Social Affairs",
        "en | the Independent Permanent Human Rights Commission | IPHRC | Independent Permanent Human Rights Commission",
        "fr | du Conseil des Ministres des Affaires étrangères | CFM | Conseil des Ministres des Affaires étrangères",
        "fr | du Conseil des ministres des affaires etrangeres | CFM | Conseil des ministres des affaires etrangeres",
        "fr | la 50^{ème} session du CMAE. | CFM | CMAE",
        "fr | la Conférence islamique des ministres des affaires étrangères | CFM | Conférence islamique des ministres des affaires étrangères",
        "fr | la Conférence islamique au Sommet | SUMMIT | Conférence islamique au Sommet",
        "fr | le 13^{ème} Sommet islamique | SUMMIT | Sommet islamique",
        "fr | le Comité permanent pour la coopération économique et commerciale | COMCEC | Comité permanent pour la coopération économique et commerciale",
        "fr | du Comité permanent de l'information et des affaires culturelles | COMIAC | Comité permanent de l'information et des affaires culturelles",
        "fr | la Conférence islamique des ministres de l’information | ICIM | Conférence islamique des ministres de l’information",
        "fr | LA COMMISSION ISLAMIQUE\\nDES AFFAIRES ÉCONOMIQUES, CULTURELLES ET SOCIALES | ICECS | COMMISSION ISLAMIQUE\\nDES AFFAIRES ÉCONOMIQUES, CULTURELLES ET SOCIALES",
        "fr | la Commission permanente indépendante des droits de l'homme | IPHRC | Commission permanente indépendante des droits de l'homme",
        "ar | الدورة التاسعة والأربعين لمجلس وزراء الخارجية | CFM | مجلس وزراء الخارجية",
        "ar | إن مجلس وزراء الخارجية المنعقد | CFM | مجلس وزراء الخارجية",
        "ar | ومجلس وزراء الخارجية | CFM | مجلس وزراء الخارجية",
        "ar | بمجلس وزراء الخارجية | CFM | مجلس وزراء الخارجية",
        "ar | للمؤتمر الإسلامي لوزراء الخارجية | CFM | لمؤتمر الإسلامي لوزراء الخارجية",
        "ar | المؤتمر الاسلامي لوزراء الخارجيه | CFM | المؤتمر الاسلامي لوزراء الخارجيه",
        "ar | لاجتماع مجلس وزراء خارجية الدول الأعضاء | CFM | مجلس وزراء خارجية الدول الأعضاء",
        "ar | الدورة الحادية عشرة لمؤتمر القمة الإسلامي | SUMMIT | مؤتمر القمة الإسلامي",
        "ar | إعلان القمة الإسلامية الاستثنائية الثالثة | SUMMIT | القمة الإسلامية",
        "ar | اللجنة الدائمة للتعاون الاقتصادي والتجاري | COMCEC | اللجنة الدائمة للتعاون الاقتصادي والتجاري",
        "ar | الدورة الثامنة والثلاثين للكومسيك | COMCEC | لكومسيك",
        "ar | استراتيجية الكومسيك | COMCEC | الكومسيك",
        "ar | برنامج كومسيك للتعاون | COMCEC | كومسيك",
        "ar | للجنة الدائمة للإعلام والشؤون الثقافية | COMIAC | للجنة الدائمة للإعلام والشؤون الثقافية",
        "ar | اللجنة الدائمة للإعلام والشئون الثقافية | COMIAC | اللجنة الدائمة للإعلام والشئون الثقافية",
        "ar | (كومياك) | COMIAC | كومياك",
        "ar | (كوميك) | COMIAC | كوميك",
        "ar | الدورة الثامنة للمؤتمر الإسلامي لوزراء الإعلام | ICIM | لمؤتمر الإسلامي لوزراء الإعلام",
        "ar | اللجنة الإسلامية للشؤون الاقتصادية والثقافية والاجتماعية | ICECS | اللجنة الإسلامية للشؤون الاقتصادية والثقافية والاجتماعية",
        "ar | الهيئة الدائمة المستقلة لحقوق الإنسان | IPHRC | الهيئة الدائمة المستقلة لحقوق الإنسان",
        "ar | تقرير اللجنة الدائمة للتعاون العلمي والتكنولوجي، | COMSTECH | اللجنة الدائمة للتعاون العلمي والتكنولوجي",
    })
    void findsBodiesByNameOrAbbreviation(String language, String text, String code, String printed) {
        one(text.replace("\\n", "\n"), Language.ofCode(language).orElseThrow(), code, printed.replace("\\n", "\n"));
    }

    @Test
    void theLongestNameWins() {
        // "Conseil des ministres" alone is also the Council, but the whole name is one mention.
        one("le Conseil des ministres des affaires étrangères", Language.FR, "CFM", "Conseil des ministres des affaires étrangères");
        one("the Islamic Summit Conference", Language.EN, "SUMMIT", "Islamic Summit Conference");
    }

    @Test
    void severalInOrder() {
        String text = "COMCEC, COMIAC and COMSTECH report to the Islamic Summit and the CFM.";
        assertThat(Bodies.find(text, Language.EN)).extracting(BodyMention::code)
                .containsExactly("COMCEC", "COMIAC", "COMSTECH", "SUMMIT", "CFM");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CFMX", "the CFMs", "XCFM", "COMCECS", "القمة العالمية لمجتمع المعلومات", "the World Summit",
        "the council of foreign affairs", "مجلس الوزراء", "a standing committee", "",
    })
    void onlyWholeNames(String text) {
        assertThat(Bodies.find(text, Language.EN)).as(text).isEmpty();
        assertThat(Bodies.find(text, Language.AR)).as(text).isEmpty();
    }

    @Test
    void namesInEachLanguage() {
        assertThat(Bodies.name("CFM", Language.FR)).isEqualTo("Conseil des ministres des affaires étrangères");
        assertThat(Bodies.name("CFM", Language.EN)).isEqualTo("Council of Foreign Ministers");
        assertThat(Bodies.name("CFM", Language.AR)).isEqualTo("مجلس وزراء الخارجية");
        assertThat(Bodies.name("SUMMIT", Language.AR)).isEqualTo("مؤتمر القمة الإسلامي");
        assertThat(Bodies.name("COMCEC", Language.EN)).isEqualTo("Standing Committee for Economic and Commercial Cooperation");
        assertThat(Bodies.name("cfm", Language.EN)).isEqualTo("Council of Foreign Ministers");
    }

    @Test
    void codes() {
        assertThat(Bodies.codes()).contains("CFM", "SUMMIT", "COMCEC", "COMIAC", "COMSTECH", "ICIM", "ICECS", "IPHRC")
                .doesNotContain("EX-SUMMIT", "ICFM");
        for (String code : Bodies.codes()) {
            for (Language language : Language.values()) {
                assertThat(Bodies.name(code, language)).as(code + " " + language).isNotBlank();
            }
        }
    }

    @Test
    void anUnknownCodeIsAClearError() {
        assertThatThrownBy(() -> Bodies.name("XYZ", Language.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }
}

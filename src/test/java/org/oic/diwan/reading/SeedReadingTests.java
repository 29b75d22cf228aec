package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.text.Language;

/** The dates, ordinals, bodies and places printed in the five real documents, read with their values. */
class SeedReadingTests {

    private static List<String> gregorian(String text) {
        return DateFinder.gregorian(text).stream()
                .map(s -> s.from() + ".." + s.to() + " " + text.substring(s.start(), s.end())).toList();
    }

    private static List<String> hijri(String text) {
        return DateFinder.hijri(text).stream()
                .map(s -> s.from() + ".." + s.to() + " " + text.substring(s.start(), s.end())).toList();
    }

    private static List<String> ordinals(String text, Language language) {
        return Ordinals.find(text, language).stream()
                .map(o -> o.value() + " " + text.substring(o.start(), o.end())).toList();
    }

    private static List<String> bodies(String text, Language language) {
        return Bodies.find(text, language).stream()
                .map(b -> b.code() + " " + text.substring(b.start(), b.end()).replace('\n', ' ')).toList();
    }

    private static List<String> places(String text, Language language) {
        return Places.find(text, language).stream()
                .map(p -> p.city() + " " + text.substring(p.start(), p.end())).toList();
    }

    @Test
    void arabicResolutionOfThe49thCouncil() {
        String text = Seeds.text("000");
        assertThat(gregorian(text)).containsExactly(
                "2023-03-16..2023-03-17 16 - 17 مارس 2023",
                "2023-03-16..2023-03-17 16 و17 مارس 2023",
                "2005-12-07..2005-12-08 7-8 ديسمبر 2005",
                "2016-04-14..2016-04-15 14-15 أبريل 2016");
        assertThat(hijri(text)).containsExactly(
                "1444-08-24..1444-08-25 24 - 25 شعبان 1444هـ",
                "1444-08-24..1444-08-25 24 و25 شعبان 1444");
        assertThat(ordinals(text, Language.AR)).containsExactly(
                "49 التاسعة والأربعين", "49 التاسعة والأربعين", "3 الثالثة", "13 الثالثة عشرة",
                "47 السابعة والأربعون", "50 الخمسين");
        assertThat(bodies(text, Language.AR)).containsExactly(
                "CFM CFM", "CFM مجلس وزراء الخارجية", "CFM مجلس وزراء الخارجية", "SUMMIT القمة الإسلامية",
                "SUMMIT القمة الإسلامية", "CFM مجلس وزراء الخارجية", "CFM مجلس وزراء الخارجية");
        assertThat(places(text, Language.AR)).containsExactly(
                "Nouakchott نواكشوط", "Nouakchott نواكشوط", "Makkah مكة المكرمة", "Istanbul اسطنبول");
    }

    @Test
    void frenchResolutionOfThe49thCouncil() {
        String text = Seeds.text("001");
        assertThat(gregorian(text)).containsExactly(
                "2023-03-16..2023-03-17 16-17 mars 2023",
                "2023-03-16..2023-03-17 16-17 mars 2023",
                "2005-12-07..2005-12-08 7-8 décembre 2005",
                "2016-04-14..2016-04-15 14-15 avril 2016");
        assertThat(hijri(text)).containsExactly(
                "1444-08-24..1444-08-25 24-25 cha'ban 1444",
                "1444-08-24..1444-08-25 24-25 Chaâbane 1444H");
        assertThat(ordinals(text, Language.FR)).containsExactly(
                "49 49^{ÈME}", "49 quarante-neuvième", "3 Troisième", "13 13^{ème}", "48 48^{ème}", "50 50^{ème}");
        assertThat(bodies(text, Language.FR)).containsExactly(
                "CFM CFM",
                "ICECS COMMISSION ISLAMIQUE DES AFFAIRES ÉCONOMIQUES, CULTURELLES ET SOCIALES",
                "CFM Conseil des Ministres des Affaires étrangères",
                "SUMMIT Conférence islamique au Sommet",
                "SUMMIT Sommet islamique",
                "CFM Conseil des Ministres des Affaires étrangères",
                "CFM CMAE");
        assertThat(places(text, Language.FR)).containsExactly(
                "Nouakchott Nouakchott", "Nouakchott Nouakchott", "Makkah Makkah Al-Mukarammah", "Istanbul Istanbul");
    }

    @Test
    void englishResolutionOfThe49thCouncil() {
        String text = Seeds.text("002");
        assertThat(gregorian(text)).containsExactly(
                "2023-03-16..2023-03-17 16 – 17 MARCH 2023",
                "2023-03-16..2023-03-17 16–17 March 2023",
                "2005-12-07..2005-12-08 7-8 December 2005",
                "2016-04-14..2016-04-15 14-15 April 2016");
        assertThat(hijri(text)).containsExactly(
                "1444-08-24..1444-08-25 24 – 25 SHAABAN 1444H",
                "1444-08-24..1444-08-25 24-25 Shaaban 1444H");
        assertThat(ordinals(text, Language.EN)).containsExactly(
                "49 49TH", "49 Forty-Ninth", "3 third", "13 13th", "48 48th", "49 49th");
        assertThat(bodies(text, Language.EN)).containsExactly(
                "CFM CFM", "CFM COUNCIL OF FOREIGN MINISTERS", "CFM Council of Foreign Ministers",
                "SUMMIT Islamic Summit", "SUMMIT Islamic Summit", "CFM Council of Ministers");
        assertThat(places(text, Language.EN)).containsExactly(
                "Nouakchott NOUAKCHOTT", "Nouakchott Nouakchott", "Makkah Makkah", "Istanbul Istanbul");
    }

    @Test
    void arabicInformationResolutionsOfThe38thCouncil() {
        String text = Seeds.text("003");
        List<HijriSpan> hijri = DateFinder.hijri(text);
        List<GregorianSpan> gregorian = DateFinder.gregorian(text);
        // The header, then the opening of the first resolution.
        assertThat(hijri.get(0)).extracting(HijriSpan::from, HijriSpan::to)
                .containsExactly(new HijriDay(1432, 7, 26), new HijriDay(1432, 7, 28));
        assertThat(text.substring(hijri.get(0).start(), hijri.get(0).end())).isEqualTo("26 إلى 28 رجب 1432 هـ");
        assertThat(gregorian.get(0)).extracting(GregorianSpan::from, GregorianSpan::to)
                .containsExactly(LocalDate.of(2011, 6, 28), LocalDate.of(2011, 6, 30));
        assertThat(text.substring(gregorian.get(0).start(), gregorian.get(0).end())).isEqualTo("28 – 30 يونيو 2011م");
        assertThat(hijri.get(1)).extracting(HijriSpan::from, HijriSpan::to)
                .containsExactly(new HijriDay(1432, 7, 24), new HijriDay(1432, 7, 26));
        assertThat(gregorian(text)).contains(
                "2011-06-28..2011-06-30 28 - 30 يونيو 2011م",
                "2010-10-11..2010-10-13 11 إلى 13 أكتوبر 2010",
                "2009-01-27..2009-01-28 27 و 28 يناير 2009",
                "2009-01-27..2009-01-28 27 و28 يناير 2009",
                "2010-05-18..2010-05-20 18 إلى 20 مايو 2010",
                "2009-05-23..2009-05-25 23 إلى 25 مايو 2009",
                "2008-03-13..2008-03-14 13 و 14 مارس 2008م",
                "2006-11-13..2006-11-15 13 إلى 15 نوفمبر 2006م",
                "2006-09-13..2006-09-14 13 و 14 سبتمبر 2006م",
                "2006-06-19..2006-06-21 19 إلى 21 يونيو 2006م",
                "2007-05-15..2007-05-17 15 - 17 مايو 2007م",
                "2007-02-27..2007-02-27 27 فبراير 2007م",
                "2007-02-28..2007-02-28 28 فبراير 2007م",
                "2005-12-07..2005-12-08 7 و8 ديسمبر 2005م",
                "2004-06-14..2004-06-16 14 - 16 يونيو 2004م",
                "2010-12-22..2010-12-23 22 و23 ديسمبر 2010",
                "2008-06-18..2008-06-20 18 - 20 يونيو 2008م",
                "2005-03-14..2005-03-14 14 مارس 2005م",
                "2005-09-16..2005-09-16 16 سبتمبر 2005م",
                "2009-01-14..2009-01-15 14 و 15 يناير 2009",
                "2008-06-18..2008-06-20 18 إلى 20 يونيو 2008");
        assertThat(gregorian).hasSize(40);
        assertThat(hijri(text)).contains(
                "1429-03-06..1429-03-07 6 و 7 ربيع الأول 1429هـ",
                "1427-10-22..1427-10-24 22 إلى 24 شوال 1427هـ",
                "1427-08-20..1427-08-21 20 و 21 شعبان 1427هـ",
                "1428-04-28..1428-04-30 28 إلى 30 ربيع الثاني 1428هـ",
                "1425-04-26..1425-04-28 26 إلى 28 ربيع الثاني 1425 هـ",
                "1429-06-14..1429-06-16 14 إلى 16 جمادى الثانية 1429هـ",
                "1427-05-23..1427-05-25 23 إلى 25 جمادى الأولى 1427هـ");
        assertThat(hijri).hasSize(17);
        assertThat(Ordinals.find(text, Language.AR).get(0)).extracting(OrdinalMention::value).isEqualTo(38);
        assertThat(ordinals(text, Language.AR)).contains(
                "38 الثامنة والثلاثين", "9 التاسعة", "37 السابعة والثلاثين", "36 السادسة والثلاثين",
                "11 الحادية عشرة", "33 الثالثة والثلاثين", "34 الرابعة والثلاثين", "31 الحادية والثلاثين",
                "39 التاسعة والثلاثين", "35 الخامسة والثلاثين", "1 الأول")
                .doesNotContain("1 الأولى", "2 الثاني");
        assertThat(bodies(text, Language.AR)).contains(
                "CFM مجلس وزراء الخارجية", "COMIAC كومياك", "COMIAC كوميك", "COMIAC اللجنة الدائمة للإعلام والشؤون الثقافية",
                "ICIM لمؤتمر الإسلامي لوزراء الإعلام", "SUMMIT مؤتمر القمة الإسلامي",
                "CFM لمؤتمر الإسلامي لوزراء الخارجية", "CFM مجلس وزراء خارجية الدول الأعضاء");
        assertThat(places(text, Language.AR)).contains(
                "Astana أستانا", "Astana أستانة", "Dakar دكار", "Dakar داكار", "Rabat الرباط", "Dushanbe دوشنبه",
                "Damascus دمشق", "Jeddah جدة", "Baku باكو", "Islamabad إسلام آباد", "Riyadh الرياض",
                "Makkah مكة المكرمة", "Istanbul اسطنبول", "Kampala كمبالا", "Kuala Lumpur كوالالمبور", "Tunis تونس");
        assertThat(places(text, Language.AR).get(0)).isEqualTo("Astana أستانا");
    }

    @Test
    void comcecDeclarationDamagedByExtraction() {
        String text = Seeds.text("004");
        assertThat(bodies(text, Language.AR)).isNotEmpty().allMatch(b -> b.startsWith("COMCEC "));
        assertThat(bodies(text, Language.AR)).contains("COMCEC الكومسيك", "COMCEC كومسيك");
        assertThat(places(text, Language.AR)).containsExactly("Istanbul اسطنبول");
        assertThat(ordinals(text, Language.AR)).contains("38 الثامنة والثلاثين", "37 السابعة والثلاثين");
        // Its dates come out of the PDF as "2022نوفمبر  27": too broken to read, and not guessed.
        assertThat(DateFinder.gregorian(text)).isEmpty();
        assertThat(DateFinder.hijri(text)).isEmpty();
    }

    @Test
    void theSameSessionInThreeLanguages() {
        for (String seed : List.of("000", "001", "002")) {
            String text = Seeds.text(seed);
            assertThat(DateFinder.gregorian(text).get(0)).extracting(GregorianSpan::from, GregorianSpan::to)
                    .containsExactly(LocalDate.of(2023, 3, 16), LocalDate.of(2023, 3, 17));
            assertThat(DateFinder.hijri(text).get(0)).extracting(HijriSpan::from, HijriSpan::to)
                    .containsExactly(new HijriDay(1444, 8, 24), new HijriDay(1444, 8, 25));
            HijriSpan hijri = DateFinder.hijri(text).get(0);
            assertThat(hijri.from().toGregorian()).contains(LocalDate.of(2023, 3, 16));
            assertThat(Places.find(text, null).get(0)).extracting(PlaceMention::city, PlaceMention::country)
                    .containsExactly("Nouakchott", "Mauritania");
            assertThat(Ordinals.find(text, null).get(0).value()).isEqualTo(49);
        }
    }
}

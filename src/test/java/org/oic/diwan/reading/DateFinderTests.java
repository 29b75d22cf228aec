package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateFinderTests {

    /** The one Gregorian span of the text, checked against its days and the words it covers. */
    private static void gregorian(String text, String from, String to, String printed) {
        List<GregorianSpan> spans = DateFinder.gregorian(text);
        assertThat(spans).as(text).hasSize(1);
        GregorianSpan span = spans.get(0);
        assertThat(span.from()).as(text).isEqualTo(LocalDate.parse(from));
        assertThat(span.to()).as(text).isEqualTo(LocalDate.parse(to));
        assertThat(text.substring(span.start(), span.end())).as(text).isEqualTo(printed);
    }

    private static void hijri(String text, String from, String to, String printed) {
        List<HijriSpan> spans = DateFinder.hijri(text);
        assertThat(spans).as(text).hasSize(1);
        HijriSpan span = spans.get(0);
        assertThat(span.from()).as(text).hasToString(from);
        assertThat(span.to()).as(text).hasToString(to);
        assertThat(text.substring(span.start(), span.end())).as(text).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "held on 16–17 March 2023 in Nouakchott | 2023-03-16 | 2023-03-17 | 16–17 March 2023",
        "16 - 17 مارس 2023 | 2023-03-16 | 2023-03-17 | 16 - 17 مارس 2023",
        "les 16-17 mars 2023 | 2023-03-16 | 2023-03-17 | 16-17 mars 2023",
        "16 – 17 MARCH 2023 (24 – 25 SHAABAN 1444H) | 2023-03-16 | 2023-03-17 | 16 – 17 MARCH 2023",
        "le 16 mars 2023 | 2023-03-16 | 2023-03-16 | 16 mars 2023",
        "(Makkah, 7-8 December 2005) | 2005-12-07 | 2005-12-08 | 7-8 December 2005",
        "(Istanbul, 14-15 April 2016), | 2016-04-14 | 2016-04-15 | 14-15 April 2016",
        "held from 28 June - 1 July 2011 | 2011-06-28 | 2011-07-01 | 28 June - 1 July 2011",
        "30 December 2010 – 2 January 2011 | 2010-12-30 | 2011-01-02 | 30 December 2010 – 2 January 2011",
        "from 30 December to 2 January 2011 | 2010-12-30 | 2011-01-02 | 30 December to 2 January 2011",
        "from 18 to 20 May 2010 | 2010-05-18 | 2010-05-20 | 18 to 20 May 2010",
        "du 18 au 20 mai 2010 | 2010-05-18 | 2010-05-20 | 18 au 20 mai 2010",
        "du 28 juin au 1er juillet 2011 | 2011-06-28 | 2011-07-01 | 28 juin au 1er juillet 2011",
        "من 18 إلى 20 مايو 2010 | 2010-05-18 | 2010-05-20 | 18 إلى 20 مايو 2010",
        "يومي 27 و 28 يناير 2009 | 2009-01-27 | 2009-01-28 | 27 و 28 يناير 2009",
        "الموافق 28 – 30 يونيو 2011م | 2011-06-28 | 2011-06-30 | 28 – 30 يونيو 2011م",
        "13 و 14 مارس 2008م | 2008-03-13 | 2008-03-14 | 13 و 14 مارس 2008م",
        "(الموافق: 16 و17 مارس 2023) | 2023-03-16 | 2023-03-17 | 16 و17 مارس 2023",
        "المنعقد يوم 27 فبراير 2007م بالرياض | 2007-02-27 | 2007-02-27 | 27 فبراير 2007م",
        "25-24 نوفمبر 2021 | 2021-11-24 | 2021-11-25 | 25-24 نوفمبر 2021",
        "le 1er janvier 2020 | 2020-01-01 | 2020-01-01 | 1er janvier 2020",
        "le 1^{er} mars 2020 | 2020-03-01 | 2020-03-01 | 1^{er} mars 2020",
        "on March 16, 2023 | 2023-03-16 | 2023-03-16 | March 16, 2023",
        "on March 16-17, 2023 | 2023-03-16 | 2023-03-17 | March 16-17, 2023",
        "June 28 – July 1, 2011 | 2011-06-28 | 2011-07-01 | June 28 – July 1, 2011",
        "dated 16/03/2023 | 2023-03-16 | 2023-03-16 | 16/03/2023",
        "dated 16.03.2023. | 2023-03-16 | 2023-03-16 | 16.03.2023",
        "dated 2023-03-16 | 2023-03-16 | 2023-03-16 | 2023-03-16",
        "بتاريخ 3/4/2023م | 2023-04-03 | 2023-04-03 | 3/4/2023م",
        "on the 16th of March 2023 | 2023-03-16 | 2023-03-16 | 16th of March 2023",
        "16 Sept. 2023 | 2023-09-16 | 2023-09-16 | 16 Sept. 2023",
        "16 Jan 2023 | 2023-01-16 | 2023-01-16 | 16 Jan 2023",
        "between 18 and 20 May 2010 | 2010-05-18 | 2010-05-20 | 18 and 20 May 2010",
        "les 24, 25 et 26 avril 2012 | 2012-04-24 | 2012-04-26 | 24, 25 et 26 avril 2012",
        "أيام 24 و25 و26 أبريل 2012 | 2012-04-24 | 2012-04-26 | 24 و25 و26 أبريل 2012",
        "١٦ - ١٧ مارس ٢٠٢٣ | 2023-03-16 | 2023-03-17 | ١٦ - ١٧ مارس ٢٠٢٣",
        "۱۶ مارس ۲۰۲۳ | 2023-03-16 | 2023-03-16 | ۱۶ مارس ۲۰۲۳",
        "16 – 17 آذار 2023 | 2023-03-16 | 2023-03-17 | 16 – 17 آذار 2023",
        "16 تشرين الثاني 2022 | 2022-11-16 | 2022-11-16 | 16 تشرين الثاني 2022",
        "27 نونبر 2022 | 2022-11-27 | 2022-11-27 | 27 نونبر 2022",
        "5 يوليوز 2019 | 2019-07-05 | 2019-07-05 | 5 يوليوز 2019",
        "14 جويلية 2019 | 2019-07-14 | 2019-07-14 | 14 جويلية 2019",
        "16 يونية 2011 | 2011-06-16 | 2011-06-16 | 16 يونية 2011",
        "16 - 17 مـارس 2023 | 2023-03-16 | 2023-03-17 | 16 - 17 مـارس 2023",
        "16\u00A0mars\u00A02023 | 2023-03-16 | 2023-03-16 | 16\u00A0mars\u00A02023",
        "**16 – 17 MARCH 2023** | 2023-03-16 | 2023-03-17 | 16 – 17 MARCH 2023",
        "le 16 fevrier 2023 | 2023-02-16 | 2023-02-16 | 16 fevrier 2023",
        "le 15 août 2023 | 2023-08-15 | 2023-08-15 | 15 août 2023",
        "le 15 aout 2023 | 2023-08-15 | 2023-08-15 | 15 aout 2023",
        "29 February 2024 | 2024-02-29 | 2024-02-29 | 29 February 2024",
    })
    void gregorianDates(String text, String from, String to, String printed) {
        gregorian(text, from, to, printed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "24 - 25 شعبان 1444هـ | 1444-08-24 | 1444-08-25 | 24 - 25 شعبان 1444هـ",
        "24 - 25 شعبان 1444 هـ | 1444-08-24 | 1444-08-25 | 24 - 25 شعبان 1444 هـ",
        "(24-25 Shaaban 1444H) | 1444-08-24 | 1444-08-25 | 24-25 Shaaban 1444H",
        "24-25 cha'ban 1444 | 1444-08-24 | 1444-08-25 | 24-25 cha'ban 1444",
        "(24-25 Chaâbane 1444H) | 1444-08-24 | 1444-08-25 | 24-25 Chaâbane 1444H",
        "في الفترة من 24 إلى 26 رجب 1432هـ، | 1432-07-24 | 1432-07-26 | 24 إلى 26 رجب 1432هـ",
        "من 26 إلى 28 رجب 1432 هـ | 1432-07-26 | 1432-07-28 | 26 إلى 28 رجب 1432 هـ",
        "يومي 24 و25 شعبان 1444 (الموافق | 1444-08-24 | 1444-08-25 | 24 و25 شعبان 1444",
        "يومي 6 و 7 ربيع الأول 1429هـ | 1429-03-06 | 1429-03-07 | 6 و 7 ربيع الأول 1429هـ",
        "من 22 إلى 24 شوال 1427هـ | 1427-10-22 | 1427-10-24 | 22 إلى 24 شوال 1427هـ",
        "من 28 إلى 30 ربيع الثاني 1428هـ | 1428-04-28 | 1428-04-30 | 28 إلى 30 ربيع الثاني 1428هـ",
        "19–20 Muharram 1441H | 1441-01-19 | 1441-01-20 | 19–20 Muharram 1441H",
        "1-2 Dhul-Hijjah 1440 AH | 1440-12-01 | 1440-12-02 | 1-2 Dhul-Hijjah 1440 AH",
        "1-2 Dhu al-Hijjah 1440 A.H. | 1440-12-01 | 1440-12-02 | 1-2 Dhu al-Hijjah 1440 A.H.",
        "12 Rabi-ul-Awwal 1445 | 1445-03-12 | 1445-03-12 | 12 Rabi-ul-Awwal 1445",
        "12 Rabiul Awal 1445 | 1445-03-12 | 1445-03-12 | 12 Rabiul Awal 1445",
        "12 Rabi I 1445 | 1445-03-12 | 1445-03-12 | 12 Rabi I 1445",
        "12 Rabi II 1445 | 1445-04-12 | 1445-04-12 | 12 Rabi II 1445",
        "3 Jumada II 1445 | 1445-06-03 | 1445-06-03 | 3 Jumada II 1445",
        "3 Jumada al-Ula 1445 | 1445-05-03 | 1445-05-03 | 3 Jumada al-Ula 1445",
        "3 Joumada al-Akhira 1445 | 1445-06-03 | 1445-06-03 | 3 Joumada al-Akhira 1445",
        "le 10 Dhou al-Hijja 1444 de l'Hégire | 1444-12-10 | 1444-12-10 | 10 Dhou al-Hijja 1444 de l'Hégire",
        "le 10 Dhoul-Qi’da 1444 | 1444-11-10 | 1444-11-10 | 10 Dhoul-Qi’da 1444",
        "27 Zul Hijja 1444 | 1444-12-27 | 1444-12-27 | 27 Zul Hijja 1444",
        "27 Ramadhan 1444 | 1444-09-27 | 1444-09-27 | 27 Ramadhan 1444",
        "14 - 16 جمادى الثانية 1429هـ | 1429-06-14 | 1429-06-16 | 14 - 16 جمادى الثانية 1429هـ",
        "23 إلى 25 جمادى الاولى 1427هـ | 1427-05-23 | 1427-05-25 | 23 إلى 25 جمادى الاولى 1427هـ",
        "23 إلى 25 جمادى الآخرة 1427هـ | 1427-06-23 | 1427-06-25 | 23 إلى 25 جمادى الآخرة 1427هـ",
        "10 ذي الحجة 1444هـ | 1444-12-10 | 1444-12-10 | 10 ذي الحجة 1444هـ",
        "10 ذو القعده 1444ه | 1444-11-10 | 1444-11-10 | 10 ذو القعده 1444ه",
        "24 من شهر رجب 1432هـ | 1432-07-24 | 1432-07-24 | 24 من شهر رجب 1432هـ",
        "٢٤ - ٢٥ شعبان ١٤٤٤هـ | 1444-08-24 | 1444-08-25 | ٢٤ - ٢٥ شعبان ١٤٤٤هـ",
        "28 رجب - 2 شعبان 1444هـ | 1444-07-28 | 1444-08-02 | 28 رجب - 2 شعبان 1444هـ",
        "1444/8/24هـ | 1444-08-24 | 1444-08-24 | 1444/8/24هـ",
        "30 شعبان 1444هـ | 1444-08-30 | 1444-08-30 | 30 شعبان 1444هـ",
    })
    void hijriDates(String text, String from, String to, String printed) {
        hijri(text, from, to, printed);
    }

    @Test
    void bothCalendarsSideBySide() {
        String text = "NOUAKCHOTT 16 – 17 MARCH 2023 (24 – 25 SHAABAN 1444H)";
        assertThat(DateFinder.gregorian(text)).extracting(GregorianSpan::from).containsExactly(LocalDate.of(2023, 3, 16));
        assertThat(DateFinder.hijri(text)).extracting(HijriSpan::from).containsExactly(new HijriDay(1444, 8, 24));
    }

    @Test
    void severalDatesInOrder() {
        String text = "من 26 إلى 28 رجب 1432 هـ الموافق 28 – 30 يونيو 2011م، ثم 27 فبراير 2007م و 14 مارس 2005م";
        assertThat(DateFinder.gregorian(text)).extracting(GregorianSpan::from)
                .containsExactly(LocalDate.of(2011, 6, 28), LocalDate.of(2007, 2, 27), LocalDate.of(2005, 3, 14));
        assertThat(DateFinder.hijri(text)).extracting(HijriSpan::from).containsExactly(new HijriDay(1432, 7, 26));
    }

    @Test
    void daysThatAreNotARunAreSeparateDates() {
        // "13 and 20 March" names two days; a range would add six days never printed.
        List<GregorianSpan> spans = DateFinder.gregorian("13 و 20 مارس 2008م");
        assertThat(spans).extracting(GregorianSpan::from).containsExactly(LocalDate.of(2008, 3, 13), LocalDate.of(2008, 3, 20));
        assertThat(spans).allSatisfy(s -> assertThat(s.from()).isEqualTo(s.to()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2022نوفمبر 27", // word order damaged by PDF extraction
        "2022نوفمبر  27في اسطنبول",
        "31 June 2023", // no such day
        "0 June 2023",
        "32 March 2023",
        "29 February 2023",
        "16 March 23", // a two-digit year is not a year
        "16 March", // no year
        "March 2023", // no day
        "mars 2023",
        "16/03/23",
        "03/04/2023", // day/month or month/day?
        "04/16/2023", // American order
        "resolution 31/13 of 2004",
        "OIC/CFM-49/2023/IT/FINAL",
        "A/RES/60/1",
        "16 mars 1444", // a Hijri year beside a Gregorian month
        "24 شعبان 2023",
        "31 شعبان 1444", // no Hijri month has 31 days
        "13 Rajab",
        "رجب طيب أردوغان 2022",
        "the year 2023",
        "",
    })
    void nothingIsInvented(String text) {
        assertThat(DateFinder.gregorian(text)).as(text).isEmpty();
        assertThat(DateFinder.hijri(text)).as(text).isEmpty();
    }

    @Test
    void nullIsNoText() {
        assertThat(DateFinder.gregorian(null)).isEmpty();
        assertThat(DateFinder.hijri(null)).isEmpty();
    }

    @Test
    void offsetsSurviveWhatFoldingDrops() {
        // Tatweel, diacritics and doubled spaces are dropped for matching, never from the offsets.
        String text = "عُقِدَ  في  ١٦  -  ١٧  مــــارس  ٢٠٢٣م  بنواكشوط";
        GregorianSpan span = DateFinder.gregorian(text).get(0);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("١٦  -  ١٧  مــــارس  ٢٠٢٣م");
    }
}

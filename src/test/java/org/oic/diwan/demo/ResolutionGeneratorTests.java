package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ResolutionGeneratorTests {

    private static final long SEED = 42L;
    private static final int SAMPLE = 600;

    private static final Pattern SYMBOL = Pattern.compile("OIC/([A-Z]+)-(\\d+)/(\\d{4})/([A-Z]+)/RES\\.(\\d+)/FINAL");
    private static final Pattern OPENING_DATES = Pattern.compile(" on (\\d[^()]*?) \\((\\d[^()]*?H)\\),");
    private static final Pattern HTML_TAG = Pattern.compile("<(/?)([^\\s>/]+)[^>]*>");
    private static final Set<String> HTML_ELEMENTS =
            Set.of("html", "head", "meta", "title", "body", "div", "p", "h1", "h2", "h3", "strong");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> HIJRI_MONTHS = List.of("Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani",
            "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaaban", "Ramadan", "Shawwal", "Dhul-Qa'dah",
            "Dhul-Hijjah");

    private final ResolutionGenerator generator = new ResolutionGenerator(SEED);

    @Test
    void theSameSeedAndIndexAlwaysGiveTheSameFiles() {
        for (int index : new int[] {0, 1, 123, 99_999}) {
            assertThat(new ResolutionGenerator(SEED).document(index)).isEqualTo(generator.document(index));
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        assertThat(new ResolutionGenerator(SEED + 1).document(0)).isNotEqualTo(generator.document(0));
    }

    @Test
    void differentIndexesGiveDifferentSymbols() {
        assertThat(symbol(generator.document(0))).isNotEqualTo(symbol(generator.document(1)));
        assertThat(symbol(generator.document(5))).isNotEqualTo(symbol(generator.document(99_999)));
    }

    @Test
    void tenThousandDocumentsHaveTenThousandDistinctSymbols() {
        Set<String> symbols = new HashSet<>();
        for (int index = 0; index < 10_000; index++) {
            symbols.add(symbol(generator.document(index)));
        }
        assertThat(symbols).hasSize(10_000);
    }

    @Test
    void eachDocumentIsThreeFilesInArabicEnglishAndFrenchInOneFormat() {
        Pattern path = Pattern.compile("(\\d{3})/(\\d{6})-(ar|en|fr)\\.(txt|md|html)");
        for (int index = 0; index < SAMPLE; index++) {
            List<GeneratedFile> files = generator.document(index);
            assertThat(files).extracting(GeneratedFile::language).containsExactly("ar", "en", "fr");
            Set<String> extensions = new HashSet<>();
            for (GeneratedFile file : files) {
                Matcher matcher = path.matcher(file.relativePath());
                assertThat(matcher.matches()).as(file.relativePath()).isTrue();
                assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(index / 1000);
                assertThat(Integer.parseInt(matcher.group(2))).isEqualTo(index);
                assertThat(matcher.group(3)).isEqualTo(file.language());
                extensions.add(matcher.group(4));
            }
            assertThat(extensions).hasSize(1);
        }
    }

    @Test
    void theThreeVersionsAgreeOnParagraphsResolutionNumberAndYear() {
        for (int index = 0; index < SAMPLE; index++) {
            List<GeneratedFile> files = generator.document(index);
            String ar = files.get(0).content();
            String en = files.get(1).content();
            String fr = files.get(2).content();

            List<Integer> paragraphs = DocumentText.paragraphNumbers(en);
            assertThat(paragraphs).as("operative paragraphs of %d", index).hasSizeBetween(4, 10);
            assertThat(paragraphs.getLast()).isEqualTo(paragraphs.size());
            assertThat(DocumentText.paragraphNumbers(fr)).isEqualTo(paragraphs);
            assertThat(DocumentText.paragraphNumbers(ar)).isEqualTo(paragraphs);

            Matcher symbol = SYMBOL.matcher(DocumentText.symbol(en));
            assertThat(symbol.matches()).isTrue();
            assertThat(DocumentText.symbol(fr)).isEqualTo(symbol.group());
            assertThat(DocumentText.symbol(ar)).isEqualTo(symbol.group());
            String session = symbol.group(2);
            String year = symbol.group(3);
            String number = symbol.group(5);
            String code = symbol.group(4);
            assertThat(DocumentText.plain(en)).contains("Resolution No. " + number + "/" + session + "-" + code);
            assertThat(DocumentText.plain(fr)).containsPattern("RÉSOLUTION N° ?" + number + "/" + session + "-" + code);
            assertThat(DocumentText.plain(ar)).containsPattern(
                    "القرار رقم (" + number + "/" + session + "-|" + code + "-" + session + "/" + number + "\\b)");
            for (String text : List.of(ar, en, fr)) {
                // The year is printed in the header and in the opening, not only in the symbol.
                String body = DocumentText.plain(text).replace(symbol.group(), "");
                assertThat(body.split(year, -1).length - 1).as("mentions of %s", year).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void hijriDatesInTheEnglishVersionFollowTheUmmAlQuraCalendar() {
        for (int index = 0; index < SAMPLE; index++) {
            String en = DocumentText.plain(generator.document(index).get(1).content());
            Matcher dates = OPENING_DATES.matcher(en);
            assertThat(dates.find()).as("dates in the opening of %d", index).isTrue();
            String gregorian = dates.group(1);
            String hijri = dates.group(2);

            LocalDate start = LocalDate.of(lastYear(gregorian, ""), firstMonth(gregorian, MONTHS), firstNumber(gregorian));
            HijrahDate expected = HijrahDate.from(start);
            assertThat(firstNumber(hijri)).as(hijri).isEqualTo(expected.get(ChronoField.DAY_OF_MONTH));
            assertThat(firstMonth(hijri, HIJRI_MONTHS)).as(hijri).isEqualTo(expected.get(ChronoField.MONTH_OF_YEAR));
            assertThat(firstYear(hijri)).as(hijri).isEqualTo(expected.get(ChronoField.YEAR));
        }
    }

    @Test
    void theReportingMandateNamesTheNextSessionInAllThreeLanguages() {
        int mandates = 0;
        for (int index = 0; index < SAMPLE; index++) {
            List<GeneratedFile> files = generator.document(index);
            String en = DocumentText.lastParagraph(files.get(1).content());
            if (!en.contains("Secretary General to follow up") && !en.contains("Secretary General to monitor")) {
                continue;
            }
            mandates++;
            Matcher symbol = SYMBOL.matcher(DocumentText.symbol(files.get(1).content()));
            assertThat(symbol.matches()).isTrue();
            int next = Integer.parseInt(symbol.group(2)) + 1;
            assertThat(en).contains(OrdinalWords.englishNumeric(next) + " session");
            assertThat(DocumentText.lastParagraph(files.get(2).content()))
                    .contains(OrdinalWords.frenchNumeric(next) + " session");
            assertThat(DocumentText.lastParagraph(files.get(0).content()))
                    .contains("الدورة " + OrdinalWords.arabicFeminine(next) + " ");
        }
        assertThat(mandates).as("resolutions ending with a reporting mandate").isGreaterThan(SAMPLE * 9 / 10);
    }

    @Test
    void theArabicVersionIsMostlyInArabicScript() {
        for (int index = 0; index < SAMPLE; index++) {
            String ar = DocumentText.plain(generator.document(index).get(0).content());
            long letters = ar.codePoints().filter(Character::isLetter).count();
            long arabic = ar.codePoints().filter(Character::isLetter)
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count();
            assertThat((double) arabic / letters).as("Arabic share of letters in %d", index).isGreaterThan(0.9);
        }
    }

    @Test
    void theFrenchVersionReadsAsFrench() {
        for (int index = 0; index < SAMPLE; index++) {
            String fr = DocumentText.plain(generator.document(index).get(2).content());
            long stopWords = List.of(" de ", " la ", " le ", " les ", " des ", " du ", " et ").stream()
                    .filter(fr::contains).count();
            assertThat(stopWords).as("French stop words in %d", index).isGreaterThanOrEqualTo(5);
            assertThat(fr).containsPattern("[éèàêç]");
            assertThat(fr).doesNotContain(" de le ", " de les ", " à le ", " à les ", " de a", " de é");
        }
    }

    @Test
    void htmlFilesAreSmallWellFormedPagesThatDeclareTheirLanguage() {
        int pages = 0;
        for (int index = 0; index < SAMPLE; index++) {
            for (GeneratedFile file : generator.document(index)) {
                if (!file.relativePath().endsWith(".html")) {
                    continue;
                }
                pages++;
                String direction = file.language().equals("ar") ? "rtl" : "ltr";
                assertThat(file.content()).startsWith("<!DOCTYPE html>\n")
                        .contains("<html lang=\"" + file.language() + "\" dir=\"" + direction + "\">")
                        .contains("<meta charset=\"utf-8\">").endsWith("</html>\n");
                assertBalanced(file);
            }
        }
        assertThat(pages).isPositive();
    }

    @Test
    void markdownFilesEmphasizeVerbs() {
        int files = 0;
        for (int index = 0; index < SAMPLE; index++) {
            for (GeneratedFile file : generator.document(index)) {
                if (file.relativePath().endsWith(".md")) {
                    files++;
                    assertThat(file.content()).containsPattern("(?m)^(- )?[0-9\u0660-\u0669]+[.-] \\*\\*[^*]+\\*\\* ");
                }
            }
        }
        assertThat(files).isPositive();
    }

    @Test
    void formatsAndArabicDigitsVaryInRoughlyTheIntendedProportions() {
        int documents = 4_000;
        Map<String, Integer> formats = new HashMap<>();
        int indic = 0;
        for (int index = 0; index < documents; index++) {
            List<GeneratedFile> files = generator.document(index);
            String path = files.getFirst().relativePath();
            formats.merge(path.substring(path.lastIndexOf('.') + 1), 1, Integer::sum);
            if (files.getFirst().content().matches("(?s).*[\u0660-\u0669].*")) {
                indic++;
            }
        }
        assertThat(formats.get("md") / (double) documents).isBetween(0.15, 0.25);
        assertThat(formats.get("html") / (double) documents).isBetween(0.09, 0.16);
        assertThat(indic / (double) documents).isBetween(0.2, 0.3);
    }

    @Test
    void sessionsKeepOneYearVenueAndDatesAcrossTheirResolutions() {
        Map<String, String> datelines = new HashMap<>();
        for (int index = 0; index < 3_000; index++) {
            String en = DocumentText.plain(generator.document(index).get(1).content());
            Matcher symbol = SYMBOL.matcher(DocumentText.symbol(en));
            assertThat(symbol.find()).isTrue();
            int year = Integer.parseInt(symbol.group(3));
            assertThat(year).isBetween(2000, 2025);
            String session = symbol.group(1) + "-" + symbol.group(2);
            // The header lines from the session to the dates: session, theme, venue and dates.
            List<String> lines = DocumentText.lines(en);
            int number = 0;
            while (!lines.get(number).contains("Resolution No. ")) {
                number++;
            }
            String header = year + " " + String.join(" / ", lines.subList(lines.indexOf("ADOPTED BY THE") + 1, number));
            String previous = datelines.putIfAbsent(session, header);
            if (previous != null) {
                assertThat(header).as("session %s", session).isEqualTo(previous);
            }
        }
        assertThat(datelines.get("CFM-49")).startsWith("2023");
        assertThat(datelines.get("CFM-48")).startsWith("2022");
        assertThat(datelines.get("SUMMIT-15")).startsWith("2024");
        assertThat(datelines.get("COMCEC-38")).startsWith("2022");
    }

    @Test
    void earlyResolutionsUseTheFormerNameAndCiteNothingFromTheFuture() {
        for (int index = 0; index < SAMPLE; index++) {
            List<GeneratedFile> files = generator.document(index);
            String en = DocumentText.plain(files.get(1).content());
            Matcher symbol = SYMBOL.matcher(DocumentText.symbol(en));
            assertThat(symbol.matches()).isTrue();
            int year = Integer.parseInt(symbol.group(3));
            if (year < 2016) {
                assertThat(en).doesNotContain("OIC-2025", "2030 Agenda", "Sustainable Development Goals");
            }
            if (year < 2011) {
                assertThat(en).contains("Organization of the Islamic Conference")
                        .doesNotContain("Organization of Islamic Cooperation");
                assertThat(DocumentText.plain(files.get(0).content())).doesNotContain("منظمة التعاون الإسلامي");
                assertThat(DocumentText.plain(files.get(2).content())).contains("Organisation de la Conférence islamique");
            } else if (year > 2011) {
                assertThat(en).contains("Organization of Islamic Cooperation");
            }
        }
    }

    private static void assertBalanced(GeneratedFile file) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = HTML_TAG.matcher(file.content());
        while (tag.find()) {
            String name = tag.group(2);
            if (name.equals("!DOCTYPE")) {
                continue;
            }
            assertThat(name).as("element in %s", file.relativePath()).isIn(HTML_ELEMENTS);
            if (name.equals("meta")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("tags of %s", file.relativePath()).isNotEmpty();
                assertThat(open.pop()).as("closing </%s> in %s", name, file.relativePath()).isEqualTo(name);
            }
        }
        assertThat(open).as("unclosed tags in %s", file.relativePath()).isEmpty();
    }

    private static String symbol(List<GeneratedFile> files) {
        return DocumentText.symbol(files.get(1).content());
    }

    private static int firstNumber(String text) {
        Matcher matcher = Pattern.compile("\\d+").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Integer.parseInt(matcher.group());
    }

    private static int lastYear(String text, String suffix) {
        Matcher matcher = Pattern.compile("(\\d{4})" + suffix).matcher(text);
        int year = -1;
        while (matcher.find()) {
            year = Integer.parseInt(matcher.group(1));
        }
        assertThat(year).as(text).isPositive();
        return year;
    }

    private static int firstYear(String hijri) {
        Matcher matcher = Pattern.compile("(\\d{4})H").matcher(hijri);
        assertThat(matcher.find()).as(hijri).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** The 1-based number of the month named first in the text. */
    private static int firstMonth(String text, List<String> names) {
        int best = -1;
        int bestPosition = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            int position = text.indexOf(names.get(i));
            if (position >= 0 && position < bestPosition) {
                bestPosition = position;
                best = i + 1;
            }
        }
        assertThat(best).as("a month in %s", text).isPositive();
        return best;
    }
}

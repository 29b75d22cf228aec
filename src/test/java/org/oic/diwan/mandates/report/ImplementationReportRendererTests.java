package org.oic.diwan.mandates.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.mandates.report.ImplementationReport.Mandate;
import org.oic.diwan.text.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The implementation report in its three languages: well-formed XHTML with the right languages and
 * directions, totals computed from the data, every label translated, and a PDF whose Arabic text
 * comes back in logical order. Samples go to {@code target/report-samples/} for people to look at.
 */
class ImplementationReportRendererTests {

    private static final Path SAMPLES = Path.of("target", "report-samples");

    private final ImplementationReportRenderer renderer = new ImplementationReportRenderer();

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHtmlIsWellFormedXhtmlInTheReportsLanguageAndDirection(Language language) throws Exception {
        Document page = parse(renderer.html(SampleReports.of(language)));

        Element html = page.getDocumentElement();
        assertThat(html.getLocalName()).isEqualTo("html");
        assertThat(html.getAttribute("lang")).isEqualTo(language.code());
        assertThat(html.getAttribute("dir")).isEqualTo(language.direction());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void textInAnotherLanguageIsMarkedWithItsOwnLanguageAndDirection(Language language) throws Exception {
        Document page = parse(renderer.html(SampleReports.of(language)));

        // The title exists in English only: escaped on the way out (& and <), marked English wherever it shows.
        List<Element> titles = elementsWithText(page, SampleReports.ENGLISH_ONLY_TITLE);
        assertThat(titles).hasSize(2); // the summary table and the resolution's heading
        assertThat(titles).allSatisfy(title -> {
            assertThat(title.getAttribute("lang")).isEqualTo("en");
            assertThat(title.getAttribute("dir")).isEqualTo("ltr");
        });
        List<Element> operative = elementsWithText(page,
                "Invites Member States that have not yet done so to sign and ratify the TPS-OIC agreements.");
        assertThat(operative).singleElement().satisfies(text -> {
            assertThat(text.getAttribute("lang")).isEqualTo("en");
            assertThat(text.getAttribute("dir")).isEqualTo("ltr");
        });
        String notice = new ReportWording(language).text("language.only",
                new ReportWording(language).languageName(Language.EN));
        assertThat(elementsWithText(page, notice)).hasSize(switch (language) {
            case EN -> 0;
            case FR -> 4; // the title of 2/49-E and its three paragraphs
            case AR -> 5; // and paragraph 6 of 3/49-C&S, not yet in Arabic
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSummaryTotalsAreThoseOfTheData(Language language) throws Exception {
        ImplementationReport report = SampleReports.of(language);
        Document page = parse(renderer.html(report));

        List<Mandate> mandates = report.resolutions().stream().flatMap(r -> r.mandates().stream()).toList();
        List<String> expected = new ArrayList<>();
        expected.add(new ReportWording(language).text("summary.total"));
        expected.add(String.valueOf(mandates.size()));
        for (FollowUpStatus status : FollowUpStatus.values()) {
            expected.add(String.valueOf(mandates.stream().filter(m -> m.status() == status).count()));
        }
        expected.add(String.valueOf(mandates.stream().filter(Mandate::overdue).count()));

        Element totals = elementsOfClass(page, "tr", "totals").getFirst();
        NodeList cells = totals.getElementsByTagNameNS("*", "td");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            shown.add(cells.item(i).getTextContent().strip());
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(shown.get(1)).isEqualTo("10"); // the sample's own count, as a check on the check
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStatusAndLabelIsInTheReportsLanguage(Language language) throws Exception {
        String html = renderer.html(SampleReports.of(language));
        ReportWording wording = new ReportWording(language);

        for (FollowUpStatus status : FollowUpStatus.values()) {
            assertThat(html).contains(">" + wording.status(status) + "<");
        }
        assertThat(html).doesNotContain("??", "status.", "summary.", "mandate.", "null");
        assertThat(html).contains(wording.text("org.name"), wording.text("summary.heading"), wording.text("chart.heading"));
        if (language != Language.EN) {
            assertThat(html).doesNotContain("Not started", "Overdue", "Addressees");
        }
    }

    @Test
    void whatTheDataMayLeaveOutIsLeftOutOfThePage() throws Exception {
        ImplementationReport full = SampleReports.of(Language.FR);
        ImplementationReport sparse = new ImplementationReport(Language.FR, full.body(), 49, 50, null, null,
                full.preparedOn(), null, List.of(new ImplementationReport.Resolution("9/49-POL", "Sans mandat",
                        Language.FR, null, List.of())));

        Document page = parse(renderer.html(sparse));
        assertThat(page.getDocumentElement().getTextContent()).contains("Aucun mandat à suivre.");
        try (PDDocument document = Loader.loadPDF(renderer.pdf(sparse))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws IOException {
        Properties english = bundle("");
        assertThat(bundle("_fr").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(bundle("_ar").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (FollowUpStatus status : FollowUpStatus.values()) {
            assertThat(english).containsKey("status." + status.label());
        }
    }

    @Test
    void sessionsAreWrittenAsTheSecretariatWritesThem() {
        assertThat(SessionOrdinals.of(49, Language.EN)).isEqualTo("49th");
        assertThat(SessionOrdinals.of(51, Language.EN)).isEqualTo("51st");
        assertThat(SessionOrdinals.of(12, Language.EN)).isEqualTo("12th");
        assertThat(SessionOrdinals.of(1, Language.FR)).isEqualTo("1re");
        assertThat(SessionOrdinals.of(50, Language.FR)).isEqualTo("50e");
        assertThat(SessionOrdinals.of(49, Language.AR)).isEqualTo("التاسعة والأربعين");
        assertThat(SessionOrdinals.of(50, Language.AR)).isEqualTo("الخمسين");
        assertThat(SessionOrdinals.of(11, Language.AR)).isEqualTo("الحادية عشرة");
        assertThat(SessionOrdinals.of(21, Language.AR)).isEqualTo("الحادية والعشرين");
    }

    @Test
    void arabicDatesAndCountsUseLatinDigits() {
        ReportWording arabic = new ReportWording(Language.AR);
        assertThat(arabic.date(java.time.LocalDate.of(2024, 8, 29))).contains("29").contains("2024");
        assertThat(arabic.text("chart.mandates", 12)).startsWith("12 ");
        assertThat(arabic.text("chart.mandates", 2)).isEqualTo("تكليفان");
        assertThat(new ReportWording(Language.EN).text("chart.mandates", 1)).isEqualTo("1 mandate");
    }

    @Test
    void tablesInRightToLeftTextAreMirroredForThePdfOnly() throws Exception {
        Document page = parse("""
                <html xmlns="http://www.w3.org/1999/xhtml" dir="rtl"><body>
                <table><tr><td>1</td><td>2</td><td>3</td></tr></table>
                <div dir="ltr"><table><tr><td>a</td><td>b</td></tr></table></div>
                </body></html>""");
        new RightToLeftTables().mutateDocument(page);

        NodeList rows = page.getElementsByTagNameNS("*", "tr");
        assertThat(rows.item(0).getTextContent()).isEqualTo("321");
        assertThat(rows.item(1).getTextContent()).isEqualTo("ab");
    }

    @Test
    void thePdfLeavesOutArabicVowelMarksItCannotPlace() {
        // Shadda and damma on وُجِّه, tanween on عضواً; a hamza written as a mark on alef becomes أ and stays.
        assertThat(ReportPdf.withoutArabicMarks("وُجِّه عضواً \u0627\u0654"))
                .isEqualTo("وجه عضوا \u0623");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePdfHoldsTheReportWithArabicInLogicalOrder(Language language) throws Exception {
        ImplementationReport report = SampleReports.of(language);
        String html = renderer.html(report);
        byte[] pdf = renderer.pdf(report);
        Path pdfFile = writeSample(language, html, pdf);

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
        }
        ReportWording wording = new ReportWording(language);
        // The English title, whatever the report's language: it is the title of resolution 2/49-E.
        assertThat(text).contains("On strengthening economic cooperation");
        assertThat(text).contains(wording.text("footer.page"));
        if (language == Language.AR) {
            assertThat(text).contains("منظمة التعاون الإسلامي", "الأمانة العامة", "الدول الأعضاء", "قيد التنفيذ");
        }
        if (language == Language.EN) {
            assertThat(text).contains("Report of the Secretary General on the implementation of the resolutions");
            assertThat(text).contains("وقفية القدس"); // an Arabic name inside English text, in the bundled Arabic face
        }
        renderPages(pdfFile);
    }

    private static Path writeSample(Language language, String html, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.writeString(SAMPLES.resolve("implementation-report-" + language.code() + ".html"), html,
                StandardCharsets.UTF_8);
        Path pdfFile = SAMPLES.resolve("implementation-report-" + language.code() + ".pdf");
        Files.write(pdfFile, pdf);
        return pdfFile;
    }

    /** PNG pages for a person to look at, where poppler's pdftoppm is installed; nothing otherwise. */
    private static void renderPages(Path pdfFile) throws IOException, InterruptedException {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(pdftoppm)) {
            return;
        }
        String prefix = pdfFile.toString().replaceFirst("\\.pdf$", "");
        Process process = new ProcessBuilder(pdftoppm.toString(), "-r", "60", "-png", pdfFile.toString(), prefix)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elementsWithText(Document page, String text) {
        List<Element> found = new ArrayList<>();
        NodeList all = page.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getChildNodes().getLength() == 1 && text.equals(element.getTextContent())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> elementsOfClass(Document page, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = page.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of(element.getAttribute("class").split("\\s+")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImplementationReportRendererTests.class.getClassLoader()
                .getResourceAsStream("mandates/report-messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package org.oic.diwan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextExtractorTests {

    private final TextExtractor extractor = new TextExtractor(5_000_000);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "resolution-en.html, HTML, Requests the Secretary General to follow up",
        "resolution-en.doc,  DOC,  Requests the Secretary General to follow up",
        "resolution-en.odt,  ODT,  Requests the Secretary General to follow up",
        "resolution-en.pdf,  PDF,  Requests the Secretary General to follow up",
        "resolution-fr.docx, DOCX, PRIE le Secrétaire général",
        "resolution-fr.doc,  DOC,  PRIE le Secrétaire général",
        "resolution-ar.doc,  DOC,  يطلب من الأمين العام متابعة تنفيذ هذا القرار",
        "resolution-ar.odt,  ODT,  يطلب من الأمين العام متابعة تنفيذ هذا القرار",
    })
    void readsEveryAcceptedFormat(String fixture, DocumentFormat format, String expected) throws Exception {
        Path file = TestFiles.fixture(fixture, folder);
        ExtractedText extracted = extractor.extract(file, fixture);
        assertThat(extracted.format()).isEqualTo(format);
        assertThat(extracted.text()).contains(expected).contains("OIC/CFM-51/2025/ST/RES/FINAL");
    }

    @Test
    void arabicWordsComeOutOfAPdfInReadingOrder() throws Exception {
        // Without sorting by position PDFBox gives the words of each line from right to left.
        Path file = TestFiles.fixture("resolution-ar.pdf", folder);
        String text = extractor.extract(file, "resolution-ar.pdf").text();
        assertThat(text).contains("مجلس وزراء الخارجية").contains("متابعة تنفيذ هذا القرار");
    }

    @Test
    void plainTextInUtf8AndInWindows1256() throws Exception {
        String arabic = "قرار بشأن تقنية المعلومات في الأمانة العامة لمنظمة التعاون الإسلامي";
        Path utf8 = TestFiles.text(folder, "utf8.txt", arabic, StandardCharsets.UTF_8);
        Path legacy = TestFiles.text(folder, "cp1256.txt", arabic, Charset.forName("windows-1256"));
        assertThat(extractor.extract(utf8, "utf8.txt").text()).contains(arabic);
        assertThat(extractor.extract(legacy, "cp1256.txt").text()).contains(arabic);
    }

    @Test
    void markdownIsText() throws Exception {
        Path md = TestFiles.text(folder, "res.md", "# Resolution\n\n1. **Requests** the Secretary General", StandardCharsets.UTF_8);
        ExtractedText extracted = extractor.extract(md, "res.md");
        assertThat(extracted.format()).isIn(DocumentFormat.MARKDOWN, DocumentFormat.TEXT);
        assertThat(extracted.text()).contains("**Requests** the Secretary General");
    }

    @Test
    void refusesAnUnsupportedFormat() {
        Path png = TestFiles.image(folder);
        assertThatThrownBy(() -> extractor.extract(png, "photo.png"))
                .isInstanceOf(ExtractionFailed.class)
                .hasMessageContaining("unsupported format image/png")
                .hasMessageContaining(".docx");
    }

    @Test
    void refusesAnEncryptedPdf() {
        Path pdf = TestFiles.encryptedPdf(folder);
        assertThatThrownBy(() -> extractor.extract(pdf, "protected.pdf"))
                .isInstanceOf(ExtractionFailed.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    void refusesACorruptPdf() {
        Path pdf = TestFiles.corruptPdf(folder);
        assertThatThrownBy(() -> extractor.extract(pdf, "damaged.pdf"))
                .isInstanceOf(ExtractionFailed.class)
                .hasMessageMatching("(?s).*(corrupt|no text).*");
    }

    @Test
    void refusesAFileWhoseExtractionRunsPastTheTimeout() {
        TextExtractor impatient = new TextExtractor(5_000_000, 1, java.time.Duration.ZERO);
        Path pdf = TestFiles.fixture("resolution-en.pdf", folder);
        assertThatThrownBy(() -> impatient.extract(pdf, "resolution-en.pdf"))
                .isInstanceOf(ExtractionFailed.class)
                .hasMessageContaining("took longer than 0 seconds");
    }

    @Test
    void refusesAZipBombInsideADocx() {
        Path bomb = TestFiles.zipBombDocx(folder);
        assertThatThrownBy(() -> extractor.extract(bomb, "bomb.docx"))
                .isInstanceOf(ExtractionFailed.class)
                .hasMessageMatching("(?s).*(zip bomb|decompression bomb).*");
    }
}

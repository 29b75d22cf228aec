package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.demo.GeneratedFile;
import org.oic.diwan.demo.ResolutionGenerator;
import org.oic.diwan.text.Language;
import org.oic.diwan.text.LanguageDetector;
import org.oic.diwan.text.TextNormalizer;

/**
 * The structure of resolutions, and its promise: every character of the text lands in exactly
 * one segment, whatever the text.
 */
class StructureReaderTests {

    private static final ResolutionGenerator GENERATOR = new ResolutionGenerator(2023);

    @Test
    void theSeedsAreLossless() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            String text = TextNormalizer.normalize(Seeds.text(seed));
            assertLossless(text, LanguageDetector.detect(text).orElseThrow());
        }
    }

    @Property(tries = 300)
    void generatedDocumentsAreLosslessAndReadWhole(@ForAll @IntRange(min = 0, max = 99_999) int index) {
        for (GeneratedFile file : GENERATOR.document(index)) {
            if (!file.relativePath().endsWith(".txt") && !file.relativePath().endsWith(".md")) {
                continue; // HTML is read through Tika; its text is tested by the import tests
            }
            Language language = Language.ofCode(file.language()).orElseThrow();
            String text = TextNormalizer.normalize(file.content());
            assertLossless(text, language);
            ReadDocument read = ResolutionReader.read(file.relativePath(), text, language);
            assertThat(read.resolutions()).as(file.relativePath()).hasSize(1);
            ReadDocument.Resolution resolution = read.resolutions().get(0);
            assertThat(resolution.number()).as(file.relativePath()).isNotNull();
            assertThat(resolution.preamble()).as(file.relativePath()).hasSizeBetween(3, 7);
            assertThat(resolution.operative()).as(file.relativePath()).hasSizeBetween(4, 10)
                    .allSatisfy(p -> assertThat(p.verb()).as("%s %s", file.relativePath(), p.text()).isNotNull());
            assertThat(read.extraction().suspect()).isFalse();
        }
    }

    @Property(tries = 500)
    void anyTextIsLossless(@ForAll("documentLike") String text) {
        for (Language language : Language.values()) {
            assertLossless(text, language);
        }
    }

    @Provide
    Arbitrary<String> documentLike() {
        Arbitrary<String> pieces = Arbitraries.of("\n", "\n\n", "1. ", "- 1- ", "(أ) ", "Recalling ", "Requests ",
                "يطلب ", "وإذ يستذكر ", "Resolution No. 1/49-IT\n", "قرار رقم 38/1-إع\n", "فهرس\n", "1\tx\t2\n",
                "**", "{ } { }", "Decides as follows:", "   ", "\t", "،", "؛", ";", ".", ":", "the ", "Council ",
                "إن مجلس ", "Le Conseil, réuni ", "٣. ", "ة", "x");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(pieces, pieces, pieces, noise).list().ofMaxSize(80).map(list -> String.join("", list));
    }

    @Test
    void theTableOfContentsIsNotContent() {
        String text = TextNormalizer.normalize(Seeds.text("003"));
        ReadDocument read = ResolutionReader.read("003", text, Language.AR);
        assertThat(read.resolutions()).hasSize(4);
        assertThat(read.segments()).filteredOn(s -> s.kind() == SegmentKind.TOC).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(s -> assertThat(s.resolution()).isEqualTo(-1));
    }

    @Test
    void aContentsListWithoutTabsIsNoResolution() {
        String text = String.join("\n",
                "OIC/CFM-38/2011/POL/FINAL", "", "RESOLUTIONS ON POLITICAL AFFAIRS", "", "Index", "",
                "1. Resolution No.1/38-POL on the Situation in the Region 1", "",
                "Resolution No.2/38-POL on a Border Dispute ......... 3", "",
                "Resolution No.1/38-POL", "on", "the Situation in the Region", "",
                "The Council of Foreign Ministers, meeting in its Thirty-Eighth Session,", "",
                "Recalling its previous resolutions;", "",
                "1. Requests the Secretary General to report to the next session.", "",
                "Resolution No.2/38-POL", "on", "a Border Dispute", "",
                "The Council of Foreign Ministers, meeting in its Thirty-Eighth Session,", "",
                "1. Urges the parties to settle the dispute peacefully.", "");
        ReadDocument read = ResolutionReader.read("set", text, Language.EN);
        assertThat(read.resolutions()).extracting(r -> r.number().key()).containsExactly("38/1", "38/2");
        assertThat(read.resolutions()).allSatisfy(r -> assertThat(r.operative()).hasSize(1));
        assertThat(read.segments()).filteredOn(s -> s.kind() == SegmentKind.TOC).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aResolutionInTheUnitedNationsManner() {
        // the body named alone, the preamble one clause a line, no heading, no enacting formula
        String text = String.join("\n",
                "Cooperation between the two organizations", "",
                "The General Assembly,",
                "Recalling its earlier resolutions on cooperation,",
                "Noting with appreciation the reports submitted to it,",
                "1. Welcomes the strengthened cooperation between the secretariats;",
                "2. Requests the Secretary-General to report at its next session.", "");
        ReadDocument read = ResolutionReader.read("un", text, Language.EN);
        assertThat(read.segments()).extracting(Segment::kind).contains(SegmentKind.OPENING);
        assertThat(read.resolutions()).singleElement().satisfies(r -> {
            assertThat(r.preamble()).hasSize(2);
            assertThat(r.operative()).extracting(o -> o.verb().canonical()).containsExactly("Welcomes", "Requests");
        });
    }

    @Test
    void titlesAreReadWithoutHeadingWordsAndQuotes() {
        // the title is what the seed prints between quotes after its resolution number
        for (String seed : List.of("000", "002")) {
            String text = TextNormalizer.normalize(Seeds.text(seed));
            int quote = text.indexOf('"');
            String expected = text.substring(quote + 1, text.indexOf('"', quote + 1));
            ReadDocument read = ResolutionReader.read(seed, text, LanguageDetector.detect(text).orElseThrow());
            assertThat(read.resolutions().get(0).title()).as(seed).isEqualTo(expected);
        }
    }

    @Test
    void aContentsListThatRepeatsTheHeadingsIsContents() {
        // no "Contents" title, no page numbers: the headings are listed, then printed again over each resolution
        String text = String.join("\n",
                "RESOLUTIONS ON SCIENCE", "",
                "Resolution No. 1/33-S&T on Research.", "",
                "  1. Funding of research in member states.", "",
                "Resolution No. 2/33-S&T on Universities.", "",
                "RESOLUTION NO.1/33-S&T", "ON RESEARCH", "",
                "The Thirty-third Session of the Council of Foreign Ministers, held in Baku,", "",
                "A. Funding of research,", "",
                "Reaffirming its previous resolutions;", "",
                "1. Urges member states to fund research;", "",
                "RESOLUTION NO.2/33-S&T", "ON UNIVERSITIES", "",
                "The Thirty-third Session of the Council of Foreign Ministers, held in Baku,", "",
                "1. Commends the universities for their work.", "");
        ReadDocument read = ResolutionReader.read("st", text, Language.EN);
        assertThat(read.resolutions()).extracting(r -> r.number().printed()).containsExactly("1/33-S&T", "2/33-S&T");
        assertThat(read.resolutions().get(0).preamble()).hasSize(1);
        assertThat(read.resolutions().get(0).operative()).hasSize(1);
        assertThat(read.segments()).filteredOn(s -> s.kind() == SegmentKind.TOC).hasSize(3);
    }

    @Test
    void markupIsRemovedFromParagraphText() {
        String text = TextNormalizer.normalize(Seeds.text("001"));
        ReadDocument read = ResolutionReader.read("001", text, Language.FR);
        for (ReadDocument.Resolution resolution : read.resolutions()) {
            resolution.operative().forEach(p -> assertThat(p.text()).doesNotContain("**").doesNotContain("^{"));
            resolution.preamble().forEach(p -> assertThat(p.text()).doesNotContain("**").doesNotContain("^{"));
        }
    }

    @Test
    void aParagraphBrokenByBlankLinesIsOneParagraph() {
        // PDF extraction leaves blank lines in the middle of sentences
        String text = "Resolution No. 2/50-LEG\n\nThe Council of Foreign Ministers, meeting in its session,\n\n"
                + "Recalling its earlier decisions on the\n\nmatter of legal cooperation;\n\n"
                + "1. Requests the Secretary General to\n\nreport to the next session.\n";
        ReadDocument read = ResolutionReader.read("t", text, Language.EN);
        assertThat(read.resolutions().get(0).preamble()).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Recalling its earlier decisions on the matter of legal cooperation;"));
        assertThat(read.resolutions().get(0).operative()).singleElement()
                .satisfies(p -> assertThat(p.text()).isEqualTo("Requests the Secretary General to report to the next session."));
    }

    @Test
    void aTextThatIsNoResolutionIsReadHonestly() {
        String letter = "Dear Colleague,\n\nI write to inform you that the meeting of the working group will take place "
                + "next month in the premises of the General Secretariat, as agreed during our last exchange.\n\n"
                + "With best regards,\n";
        ReadDocument read = ResolutionReader.read("letter", letter, Language.EN);
        assertThat(read.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(read.resolutions()).allSatisfy(r -> {
            assertThat(r.preamble()).isEmpty();
            assertThat(r.operative()).isEmpty();
        });
    }

    static void assertLossless(String text, Language language) {
        List<Segment> segments = StructureReader.read(text, language).segments();
        assertThat(segments).isNotEmpty();
        assertThat(segments.get(0).start()).isZero();
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).start()).as("segment %d starts where %d ends", i, i - 1)
                    .isEqualTo(segments.get(i - 1).end());
            assertThat(segments.get(i).end()).isGreaterThan(segments.get(i).start());
        }
        assertThat(segments.get(segments.size() - 1).end()).isEqualTo(text.length());
        StringBuilder rebuilt = new StringBuilder();
        segments.forEach(s -> rebuilt.append(text, s.start(), s.end()));
        assertThat(rebuilt.toString()).isEqualTo(text);
    }
}

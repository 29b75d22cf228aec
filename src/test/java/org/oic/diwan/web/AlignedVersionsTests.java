package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oic.diwan.consistency.DocumentFindings.StoredFinding;
import org.oic.diwan.consistency.DocumentFindings.StoredLocation;
import org.oic.diwan.consistency.Message;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.StoredResolution;
import org.oic.diwan.registry.VersionSummary;
import org.oic.diwan.text.Language;

/** The alignment where versions differ: a paragraph missing, a sub-heading, resolutions in another order, findings over a range. */
class AlignedVersionsTests {

    /** A version built paragraph by paragraph, each 10 characters long. */
    private static final class Version {
        final Language language;
        final UUID id = UUID.randomUUID();
        final List<StoredParagraph> paragraphs = new ArrayList<>();
        final List<StoredResolution> resolutions = new ArrayList<>();

        Version(Language language) {
            this.language = language;
        }

        Version resolution(String number) {
            resolutions.add(new StoredResolution(resolutions.size(), number, number, "title " + number));
            return this;
        }

        Version paragraph(String kind, String number, String text) {
            int at = paragraphs.size() * 10;
            paragraphs.add(new StoredParagraph(paragraphs.size(), resolutions.size() - 1, kind, number, text, at, at + 10, null, null, null));
            return this;
        }

        ComparedVersion compared() {
            return new ComparedVersion(language, new VersionSummary(id, language.code(), 1, language.code() + ".txt", "text/plain", "sha",
                    1, null, false, null, Instant.EPOCH), paragraphs, resolutions);
        }
    }

    @Test
    void operativeParagraphsFaceEachOtherByPositionAndAMissingOneLeavesAnEmptyCell() {
        Version english = new Version(Language.EN).resolution("1/49-IT")
                .paragraph("title", null, "RESOLUTION").paragraph("preamble", null, "Recalling").paragraph("preamble", null, "Noting")
                .paragraph("heading", null, "Finance").paragraph("operative", "1", "Decides").paragraph("operative", "2", "Requests");
        Version french = new Version(Language.FR).resolution("1/49-IT")
                .paragraph("title", null, "RÉSOLUTION").paragraph("preamble", null, "Rappelant")
                .paragraph("operative", "1", "Décide");
        Comparison comparison = AlignedVersions.of(List.of(english.compared(), french.compared()), List.of());

        List<Comparison.Row> rows = comparison.sections().get(0).rows();
        assertThat(rows).extracting(Comparison.Row::id).containsExactly("r1-title", "r1-preamble", "r1-op1", "r1-op2");
        // the sub-heading goes with the paragraph it heads
        assertThat(rows.get(2).cells().get(0).passages()).extracting(p -> p.paragraph().text()).containsExactly("Finance", "Decides");
        assertThat(rows.get(3).cells().get(1).absent()).isTrue();
        assertThat(rows.get(3).number()).isEqualTo("2");
    }

    @Test
    void resolutionsArePairedByNumberWhenTheCountsDiffer() {
        Version arabic = new Version(Language.AR).resolution("2/38-INF").paragraph("operative", "1", "يطلب")
                .resolution("3/38-INF").paragraph("operative", "1", "يدعو");
        Version english = new Version(Language.EN).resolution("3/38-INF").paragraph("operative", "1", "Invites");
        Comparison comparison = AlignedVersions.of(List.of(arabic.compared(), english.compared()), List.of());

        assertThat(comparison.sections()).extracting(Comparison.Section::number).containsExactly("2/38-INF", "3/38-INF");
        Comparison.Row invites = comparison.sections().get(1).rows().stream().filter(r -> r.kind().equals("operative")).findFirst()
                .orElseThrow();
        assertThat(invites.cells()).extracting(c -> c.passages().get(0).paragraph().text()).containsExactly("يدعو", "Invites");
    }

    @Test
    void aFindingMarksTheCellsItTouchesAndHighlightsOnlyTheParagraphItLiesIn() {
        Version english = new Version(Language.EN).resolution("1/49-IT")
                .paragraph("preamble", null, "Recalling").paragraph("preamble", null, "Noting")
                .paragraph("operative", "1", "Decides").paragraph("operative", "2", "Requests");
        Version other = new Version(Language.FR).resolution("1/49-IT").paragraph("operative", "1", "Décide");
        String en = english.id.toString();
        StoredFinding preamble = finding("preamble-count-mismatch", new StoredLocation(en, "en", "preamble", 0, 20));
        StoredFinding second = finding("session-reference-mismatch", new StoredLocation(en, "en", "operative 2", 30, 40));
        StoredFinding elsewhere = finding("body-mismatch", new StoredLocation(UUID.randomUUID().toString(), "ar", "header", 0, 5));
        Comparison comparison = AlignedVersions.of(List.of(english.compared(), other.compared()), List.of(preamble, second, elsewhere));

        // a finding about a version not shown is not listed
        assertThat(comparison.findings()).extracting(f -> f.finding().kind())
                .containsExactly("preamble-count-mismatch", "session-reference-mismatch");
        List<Comparison.Row> rows = comparison.sections().get(0).rows();
        assertThat(rows).extracting(Comparison.Row::id).containsExactly("r1-title", "r1-preamble", "r1-op1", "r1-op2");
        rows = rows.subList(1, rows.size());
        Comparison.Cell preambleCell = rows.get(0).cells().get(0);
        assertThat(preambleCell.marks()).extracting(Comparison.NumberedFinding::number).containsExactly(1);
        assertThat(preambleCell.passages()).noneMatch(Comparison.Passage::flagged);
        Comparison.Cell requests = rows.get(2).cells().get(0);
        assertThat(requests.marks()).extracting(Comparison.NumberedFinding::number).containsExactly(2);
        assertThat(requests.passages()).allMatch(Comparison.Passage::flagged);
        assertThat(rows.get(1).flagged()).isFalse();
        assertThat(comparison.findings().get(1).places()).extracting(Comparison.Place::rowId).containsExactly("r1-op2");
    }

    private static StoredFinding finding(String kind, StoredLocation location) {
        return new StoredFinding(kind, "error", new Message(kind, kind, kind), List.of(location), Instant.EPOCH);
    }
}

package org.oic.diwan.web;

import java.util.List;
import org.oic.diwan.consistency.DocumentFindings.StoredFinding;
import org.oic.diwan.consistency.DocumentFindings.StoredLocation;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.VersionSummary;
import org.oic.diwan.text.Language;

/**
 * Two or three language versions of one document, aligned: one column per version, one row per
 * unit of structure (the header, each resolution's title, its preamble as one block, each of its
 * operative paragraphs), and the findings that concern the versions shown, numbered so that the
 * rows can point at them.
 */
record Comparison(List<Column> columns, List<Section> sections, List<NumberedFinding> findings) {

    /** A version shown, in its column. */
    record Column(Language language, VersionSummary version) {}

    /**
     * The rows of one resolution (or of the document's header, with {@code resolution} null):
     * {@code index} counts the aligned resolutions from 1, {@code number} is the first printed number.
     */
    record Section(Integer index, String number, List<Row> rows) {}

    /**
     * An aligned unit: the same place in every version. Kinds: header, title, preamble, operative,
     * closing; {@code number} is the operative paragraph's number (its position when unnumbered).
     */
    record Row(String id, String kind, String number, List<Cell> cells) {

        /** Whether some version has a finding on this row. */
        public boolean flagged() {
            return cells.stream().anyMatch(c -> !c.marks().isEmpty());
        }
    }

    /** One version's part of a row: its paragraphs (none when the version has nothing here) and the findings on them. */
    record Cell(Language language, List<Passage> passages, List<NumberedFinding> marks) {

        public boolean absent() {
            return passages.isEmpty();
        }
    }

    /** A paragraph in a cell, and whether a finding touches it. */
    record Passage(StoredParagraph paragraph, boolean flagged) {}

    /** A finding with its number on the page and where it lies among the rows. */
    record NumberedFinding(int number, StoredFinding finding, List<Place> places) {

        public String anchor() {
            return "finding-" + number;
        }

        /** The finding's message in the page's language (English when that is none of the three). */
        public String message(String language) {
            return switch (language) {
                case "ar" -> finding.message().ar();
                case "fr" -> finding.message().fr();
                default -> finding.message().en();
            };
        }
    }

    /** Where a finding lies: the location it names, and the row holding it (null when no paragraph shown holds it). */
    record Place(StoredLocation location, String rowId) {}
}

package org.oic.diwan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oic.diwan.consistency.DocumentFindings.StoredFinding;
import org.oic.diwan.consistency.DocumentFindings.StoredLocation;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.StoredResolution;

/**
 * Builds a {@link Comparison}: lines up the versions' paragraphs by structure, not by text. The
 * resolutions are paired as the consistency checks pair them (by position when every version
 * has as many, else by printed number); within a resolution, the title faces the title, the
 * preamble faces the preamble as one block (versions often differ by a preambular paragraph or
 * two), and operative paragraphs face each other one to one by position, which is what an
 * operative paragraph's number means in every language.
 */
final class AlignedVersions {

    private static final int DOCUMENT = -1;

    private final List<ComparedVersion> versions;
    private final List<StoredFinding> findings;

    private AlignedVersions(List<ComparedVersion> versions, List<StoredFinding> findings) {
        this.versions = versions;
        this.findings = findings;
    }

    /** The comparison of {@code versions}, in that order, with the findings (of their document) that touch them. */
    static Comparison of(List<ComparedVersion> versions, List<StoredFinding> findings) {
        Set<String> shown = versions.stream().map(v -> v.version().versionId().toString()).collect(Collectors.toSet());
        List<StoredFinding> relevant = findings.stream()
                .filter(f -> f.locations().stream().anyMatch(l -> shown.contains(l.versionId())))
                .toList();
        return new AlignedVersions(versions, relevant).build();
    }

    private Comparison build() {
        List<DraftSection> sections = new ArrayList<>();
        List<List<StoredParagraph>> header = columns(v -> part(v.paragraphs(), DOCUMENT));
        if (header.stream().anyMatch(p -> !p.isEmpty())) {
            sections.add(new DraftSection(null, null, List.of(new DraftRow("header", "header", null, header))));
        }
        int index = 0;
        for (Map<Integer, StoredResolution> paired : pairedResolutions().values()) {
            index++;
            sections.add(section(index, paired));
        }
        List<Comparison.NumberedFinding> numbered = new ArrayList<>();
        for (StoredFinding finding : findings) {
            numbered.add(new Comparison.NumberedFinding(numbered.size() + 1, finding, places(finding, sections)));
        }
        List<Comparison.Column> columns = versions.stream()
                .map(v -> new Comparison.Column(v.language(), v.version()))
                .toList();
        return new Comparison(columns, sections.stream().map(s -> s.done(numbered)).toList(), numbered);
    }

    /** Resolutions of the versions, keyed as {@code CrossChecks.align} keys them, by column. */
    private Map<String, Map<Integer, StoredResolution>> pairedResolutions() {
        boolean sameCount = versions.stream().map(v -> v.resolutions().size()).distinct().count() <= 1;
        Map<String, Map<Integer, StoredResolution>> paired = new LinkedHashMap<>();
        for (int column = 0; column < versions.size(); column++) {
            for (StoredResolution resolution : versions.get(column).resolutions()) {
                String key = !sameCount && resolution.numberKey() != null ? resolution.numberKey() : "#" + resolution.position();
                paired.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(column, resolution);
            }
        }
        return paired;
    }

    private DraftSection section(int index, Map<Integer, StoredResolution> paired) {
        List<Parts> parts = new ArrayList<>();
        for (int column = 0; column < versions.size(); column++) {
            StoredResolution resolution = paired.get(column);
            parts.add(resolution == null ? Parts.NONE : Parts.of(part(versions.get(column).paragraphs(), resolution.position()), resolution));
        }
        String prefix = "r" + index + "-";
        List<DraftRow> rows = new ArrayList<>();
        if (parts.stream().anyMatch(p -> !p.title().isEmpty())) {
            rows.add(new DraftRow(prefix + "title", "title", null, parts.stream().map(Parts::title).toList()));
        }
        if (parts.stream().anyMatch(p -> !p.preamble().isEmpty())) {
            rows.add(new DraftRow(prefix + "preamble", "preamble", null, parts.stream().map(Parts::preamble).toList()));
        }
        int operatives = parts.stream().mapToInt(p -> p.operative().size()).max().orElse(0);
        for (int i = 0; i < operatives; i++) {
            int at = i;
            List<List<StoredParagraph>> cells = parts.stream()
                    .map(p -> at < p.operative().size() ? p.operative().get(at) : List.<StoredParagraph>of())
                    .toList();
            rows.add(new DraftRow(prefix + "op" + (i + 1), "operative", operativeNumber(cells, i + 1), cells));
        }
        if (parts.stream().anyMatch(p -> !p.closing().isEmpty())) {
            rows.add(new DraftRow(prefix + "closing", "closing", null, parts.stream().map(Parts::closing).toList()));
        }
        String number = paired.values().stream().map(StoredResolution::number).filter(n -> n != null).findFirst().orElse(null);
        return new DraftSection(index, number, rows);
    }

    /** The number printed on the paragraph in the first version that prints one; else its position. */
    private static String operativeNumber(List<List<StoredParagraph>> cells, int position) {
        return cells.stream().flatMap(List::stream)
                .filter(p -> "operative".equals(p.kind()) && p.number() != null)
                .map(StoredParagraph::number)
                .findFirst()
                .orElse(String.valueOf(position));
    }

    private List<List<StoredParagraph>> columns(Function<ComparedVersion, List<StoredParagraph>> part) {
        return versions.stream().map(part).toList();
    }

    private static List<StoredParagraph> part(List<StoredParagraph> paragraphs, int resolution) {
        return paragraphs.stream().filter(p -> p.resolution() == resolution).toList();
    }

    /** Whether a finding's location lies on a paragraph of a version (overlaps it): the cell then carries its mark. */
    private static boolean touches(StoredLocation location, String versionId, StoredParagraph paragraph) {
        if (!location.versionId().equals(versionId)) {
            return false;
        }
        return location.start() == paragraph.start()
                || (location.start() < paragraph.end() && location.end() > paragraph.start());
    }

    /**
     * Whether a finding's location lies within one paragraph: that paragraph is then highlighted.
     * A location spanning a whole part (all preambular paragraphs, say) marks the cell only, or
     * every paragraph of the part would light up.
     */
    private static boolean within(StoredLocation location, String versionId, StoredParagraph paragraph) {
        return touches(location, versionId, paragraph) && location.start() >= paragraph.start() && location.end() <= paragraph.end();
    }

    private String versionId(int column) {
        return versions.get(column).version().versionId().toString();
    }

    /** For each location of a finding in a version shown: the first row where it lies. */
    private List<Comparison.Place> places(StoredFinding finding, List<DraftSection> sections) {
        List<Comparison.Place> places = new ArrayList<>();
        for (StoredLocation location : finding.locations()) {
            int column = -1;
            for (int c = 0; c < versions.size(); c++) {
                if (versionId(c).equals(location.versionId())) {
                    column = c;
                }
            }
            if (column < 0) {
                continue;
            }
            String row = null;
            for (DraftSection section : sections) {
                for (DraftRow draft : section.rows()) {
                    int c = column;
                    if (row == null && draft.cells().get(c).stream().anyMatch(p -> touches(location, versionId(c), p))) {
                        row = draft.id();
                    }
                }
            }
            places.add(new Comparison.Place(location, row));
        }
        return places;
    }

    /** A resolution of one version cut into the units the rows align. */
    private record Parts(List<StoredParagraph> title, List<StoredParagraph> preamble, List<List<StoredParagraph>> operative,
            List<StoredParagraph> closing) {

        static final Parts NONE = new Parts(List.of(), List.of(), List.of(), List.of());

        /**
         * Before the first operative paragraph: the title, then the preamble (with the opening and
         * the enacting formula). A sub-heading goes with the operative paragraph it heads, so that
         * the headings of the versions face each other; what follows the last one is the closing.
         */
        static Parts of(List<StoredParagraph> paragraphs, StoredResolution resolution) {
            List<StoredParagraph> title = new ArrayList<>();
            List<StoredParagraph> preamble = new ArrayList<>();
            List<List<StoredParagraph>> operative = new ArrayList<>();
            List<StoredParagraph> pending = new ArrayList<>();
            for (StoredParagraph p : paragraphs) {
                if ("operative".equals(p.kind())) {
                    pending.add(p);
                    operative.add(List.copyOf(pending));
                    pending.clear();
                } else if ("heading".equals(p.kind())) {
                    pending.add(p);
                } else if (operative.isEmpty() && "title".equals(p.kind())) {
                    title.add(p);
                } else if (operative.isEmpty()) {
                    preamble.addAll(pending); // a heading among the preambular paragraphs stays there
                    pending.clear();
                    preamble.add(p);
                } else {
                    pending.add(p);
                }
            }
            if (title.isEmpty() && resolution.title() != null) {
                // the title was read from the text without a paragraph of its own: shown, never flagged
                title.add(new StoredParagraph(-1, resolution.position(), "title", null, resolution.title(), -1, -1, null, null, null));
            }
            return new Parts(title, preamble, operative, List.copyOf(pending));
        }
    }

    private record DraftSection(Integer index, String number, List<DraftRow> rows) {

        Comparison.Section done(List<Comparison.NumberedFinding> findings) {
            return new Comparison.Section(index, number, rows.stream().map(r -> r.done(findings)).toList());
        }
    }

    private final class DraftRow {

        private final String id;
        private final String kind;
        private final String number;
        private final List<List<StoredParagraph>> cells;

        DraftRow(String id, String kind, String number, List<List<StoredParagraph>> cells) {
            this.id = id;
            this.kind = kind;
            this.number = number;
            this.cells = cells;
        }

        String id() {
            return id;
        }

        List<List<StoredParagraph>> cells() {
            return cells;
        }

        Comparison.Row done(List<Comparison.NumberedFinding> findings) {
            List<Comparison.Cell> done = new ArrayList<>();
            for (int column = 0; column < cells.size(); column++) {
                String versionId = versionId(column);
                List<Comparison.Passage> passages = new ArrayList<>();
                TreeSet<Integer> marks = new TreeSet<>();
                for (StoredParagraph paragraph : cells.get(column)) {
                    boolean flagged = false;
                    for (Comparison.NumberedFinding f : findings) {
                        if (f.finding().locations().stream().anyMatch(l -> touches(l, versionId, paragraph))) {
                            marks.add(f.number());
                        }
                        flagged |= f.finding().locations().stream().anyMatch(l -> within(l, versionId, paragraph));
                    }
                    passages.add(new Comparison.Passage(paragraph, flagged));
                }
                done.add(new Comparison.Cell(versions.get(column).language(), passages,
                        marks.stream().map(n -> findings.get(n - 1)).toList()));
            }
            return new Comparison.Row(id, kind, number, done);
        }
    }
}

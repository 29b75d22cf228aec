package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.oic.diwan.text.Language;

/**
 * Reads a version's normalized text as the Secretariat reads a resolution: its symbol, body,
 * session, resolutions with their titles, preambular and operative paragraphs, and whether its
 * extraction is suspect. Pure: it stores nothing and may be run again at any time.
 */
public final class ResolutionReader {

    /**
     * The edition of the reader: change it whenever a change of the reader or of its lexicons
     * changes what it reads or finds, so that stored structures and findings are redone.
     */
    public static final String EDITION = "2026-11-23.4";

    private static final Pattern TITLE_CONNECTOR = Pattern.compile(
            "^(?:on the|on|concerning|regarding|relating to|sur la|sur le|sur les|sur|relative à|relative a|concernant|بشأن|حول|الخاص ب)\\s*[:\\-–]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING_WORDS = Pattern.compile(
            "^(?:draft\\s+)?(?:projet\\s+de\\s+)?(?:مشروع\\s+)?(?:resolution|résolution|القرار|قرار)\\s*(?:no\\.?|n°|nº|n\\s*o\\.?|number|numéro|(?:ال)?رقم|ر\\.)?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ResolutionReader() {}

    /** Reads a text already normalized (as the registry keeps it), in a known language. */
    public static ReadDocument read(String file, String text, Language language) {
        DocumentSymbol symbol = SymbolReader.read(text).orElse(null);
        StructureReader.Structure structure = StructureReader.read(text, language);
        List<Segment> segments = structure.segments();
        String header = joined(segments, SegmentKind.HEADER);
        String opening = segments.stream().filter(s -> s.kind() == SegmentKind.OPENING).map(Segment::text)
                .findFirst().orElse("");
        ReadDocument.Body body = SessionReader.body(header, opening, symbol, language);
        ReadDocument.Session session = SessionReader.session(header, opening, text, symbol, language);
        OptionalInt sessionNumber = session != null && session.number() != null
                ? OptionalInt.of(session.number())
                : OptionalInt.empty();
        List<ReadDocument.Resolution> resolutions = resolutions(segments, sessionNumber, language);
        List<String> reasons = ExtractionCheck.reasons(text);
        DocumentKind kind = kind(resolutions, header, !opening.isEmpty());
        if (kind == DocumentKind.OTHER) {
            // no resolution, no session: a letter's place and date are not a session's
            resolutions = List.of();
            segments = segments.stream()
                    .map(s -> s.resolution() < 0 ? s : new Segment(s.kind(), s.start(), s.end(), -1, s.number(), s.text(), s.verb()))
                    .toList();
            if (session != null && session.number() == null) {
                session = null;
            }
        }
        return new ReadDocument(file, language, kind, symbol, body, session,
                new ReadDocument.Extraction(!reasons.isEmpty(), reasons), resolutions, segments, text);
    }

    private static List<ReadDocument.Resolution> resolutions(List<Segment> segments, OptionalInt session, Language language) {
        int count = segments.stream().mapToInt(Segment::resolution).max().orElse(-1) + 1;
        List<ReadDocument.Resolution> resolutions = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            ResolutionNumber number = null;
            String title = null;
            List<ReadDocument.Preambular> preamble = new ArrayList<>();
            List<ReadDocument.Operative> operative = new ArrayList<>();
            String heading = null;
            for (Segment segment : segments) {
                if (segment.resolution() != r) {
                    continue;
                }
                switch (segment.kind()) {
                    case TITLE -> {
                        String first = segment.text().lines().findFirst().orElse("");
                        number = ResolutionNumber.in(first, session, language == Language.AR).orElse(null);
                        title = title(segment.text(), number);
                    }
                    case PREAMBLE -> preamble.add(new ReadDocument.Preambular(
                            preamble.size() + 1, segment.text(), segment.start(), segment.end()));
                    case HEADING -> heading = segment.text();
                    case OPERATIVE -> operative.add(new ReadDocument.Operative(
                            segment.number(), segment.verb(), segment.text(), heading, segment.start(), segment.end()));
                    default -> {
                        // header, opening, enacting formula, other: not paragraphs of the resolution's own
                    }
                }
            }
            resolutions.add(new ReadDocument.Resolution(r, number, title, preamble, operative));
        }
        return resolutions;
    }

    /** The title: the title segment without its "Resolution No. ..." words, connectors and quotes. */
    private static String title(String segmentText, ResolutionNumber number) {
        List<String> lines = new ArrayList<>(segmentText.lines().toList());
        if (!lines.isEmpty()) {
            String first = HEADING_WORDS.matcher(lines.get(0)).replaceFirst("");
            if (number != null) {
                first = first.replace(number.printed(), "");
            }
            lines.set(0, first.strip());
        }
        String joined = String.join(" ", lines).replaceAll("\\s+", " ").strip();
        String previous;
        do {
            previous = joined;
            joined = TITLE_CONNECTOR.matcher(joined).replaceFirst("").strip();
        } while (!joined.equals(previous));
        joined = joined.replaceAll("^[\"“”«»'‘’\\s]+|[\"“”«»'‘’\\s]+$", "");
        return joined.isEmpty() ? null : joined;
    }

    private static DocumentKind kind(List<ReadDocument.Resolution> resolutions, String header, boolean hasOpening) {
        long withParagraphs = resolutions.stream()
                .filter(r -> !r.operative().isEmpty() || !r.preamble().isEmpty())
                .count();
        long numbered = resolutions.stream().filter(r -> r.number() != null).count();
        String folded = ReadingText.fold(header).toLowerCase(Locale.ROOT);
        // the header's first line that is not the symbol: "REPORT OF THE SECRETARY GENERAL ..."
        String titleLine = folded.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && l.chars().filter(c -> c == '/').count() < 2)
                .findFirst().orElse("");
        boolean hasOpeningOrPreamble = resolutions.stream().anyMatch(r -> !r.preamble().isEmpty()) || hasOpening;
        if (titleLine.startsWith("report") || titleLine.startsWith("rapport") || titleLine.startsWith("تقرير")) {
            return DocumentKind.REPORT;
        }
        if (numbered > 1) {
            return DocumentKind.RESOLUTION_SET;
        }
        if (folded.contains("declaration") || folded.contains("اعلان") || folded.contains("إعلان")) {
            return DocumentKind.DECLARATION;
        }
        if (folded.contains("communique") || folded.contains("البيان الختامي")) {
            return DocumentKind.COMMUNIQUE;
        }
        if (numbered == 1 || (withParagraphs > 0 && (folded.contains("resolution") || folded.contains("قرار")))) {
            return DocumentKind.RESOLUTION;
        }
        return withParagraphs > 0 && hasOpeningOrPreamble ? DocumentKind.RESOLUTION : DocumentKind.OTHER;
    }

    private static String joined(List<Segment> segments, SegmentKind kind) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment.kind() == kind) {
                out.append(segment.text()).append('\n');
            }
        }
        return out.toString();
    }
}

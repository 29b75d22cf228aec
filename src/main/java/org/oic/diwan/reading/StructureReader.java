package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.oic.diwan.text.Language;

/**
 * Cuts a version's text into segments: header, table of contents, and for each resolution its
 * title, opening, preamble, enacting formula, operative paragraphs and sub-headings.
 *
 * <p>It reads as a clerk does, line by line. Lines group into paragraphs; a paragraph broken by
 * a blank line (as PDF extraction leaves them) is joined again when its first part does not end
 * a sentence and its second part does not open a new one. Each paragraph's kind follows from
 * how it opens (a number, a preambular opener, an operative verb, "Resolution No.") and from
 * what came before it. Segments run from the start of one paragraph to the start of the next,
 * so that every character lands in exactly one of them. Linear in the length of the text.
 */
final class StructureReader {

    private static final Pattern HEADING_EN = Pattern.compile("^(?:(?:draft\\s+)?resolution\\s*(?:no\\b|n°|number|nr\\b|[0-9])|res\\.\\s*[0-9])");
    private static final Pattern HEADING_FR = Pattern.compile("^(?:projet\\s+de\\s+)?resolution\\s*(?:n\\s*°|no\\b|n\\s*o\\b|numero|[0-9])");
    private static final Pattern HEADING_AR = Pattern.compile("^(?:مشروع\\s+)?(?:ال)?قرار\\s*(?:(?:ال)?رقم|ر\\.|[0-9])");
    private static final Pattern TOC_TITLE = Pattern.compile(
            "^(?:فهرس|الفهرس|المحتويات|contents|table of contents|sommaire|table des matieres|index)\\s*:?$");
    private static final Pattern TOC_PAGE = Pattern.compile("(?:\\s|\\.{2,}|…)\\s*[0-9٠-٩]{1,3}$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s{}()\\[\\]*_=~.·•#-]*$");
    private static final Pattern ENACTING_WORDS = Pattern.compile(
            "(?:as follows|the following|ce qui suit|les dispositions suivantes|ما يلي|مايلي|ما يأتي)");
    private static final Pattern ARABIC_HEADING = Pattern.compile("^(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\\s*[:\\-–]");

    private StructureReader() {}

    /** What structure reading finds: the segments, and the title segment of each resolution. */
    record Structure(List<Segment> segments, List<Integer> titleSegments) {}

    /** A line of the text: its offsets, its markup-free content, and whether it had tab-separated columns. */
    private record Line(int start, int end, String clean, boolean tabbed) {

        /** A line of a table of contents: columns separated by tabs, a page or item number at one end. */
        boolean isTocLine() {
            return tabbed && !clean.isEmpty()
                    && (Character.isDigit(clean.charAt(0)) || Character.isDigit(clean.charAt(clean.length() - 1)));
        }
    }

    /** A paragraph being classified: its lines, kind, resolution, mark and verb. */
    private static final class Paragraph {
        final int firstLine;
        int lastLine;
        SegmentKind kind;
        int resolution = -1;
        ParagraphMarker marker;
        OperativeVerb verb;
        boolean hasSubItems;

        Paragraph(int firstLine, SegmentKind kind) {
            this.firstLine = firstLine;
            this.lastLine = firstLine;
            this.kind = kind;
        }
    }

    static Structure read(String text, Language language) {
        List<Line> lines = lines(text);
        List<int[]> units = units(lines, language);
        List<Paragraph> paragraphs = classify(lines, units, language);
        contentsListedAsHeadings(lines, paragraphs, language);
        return segments(text, lines, paragraphs, language);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? n : newline;
            String raw = text.substring(start, Math.min(end, start + 4000));
            lines.add(new Line(start, end, clean(raw), raw.strip().indexOf('\t') > 0));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /** The line without markup, spaces at its ends or the stray bullets of conversions; capped, so nothing below is quadratic. */
    private static String clean(String raw) {
        return ReadingText.withoutMarkup(raw).replace('\u00A0', ' ').replace('\t', ' ').strip();
    }

    /** Groups non-blank lines into units: a unit starts after a blank line, or where a line opens a paragraph. */
    private static List<int[]> units(List<Line> lines, Language language) {
        List<int[]> units = new ArrayList<>();
        int[] current = null;
        boolean afterBlank = true;
        Line previous = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.clean().isEmpty()) {
                afterBlank = true;
                continue;
            }
            boolean opens = current == null || afterBlank || opensParagraph(line.clean(), language)
                    || endsSentence(previous.clean()) || line.isTocLine() || previous.isTocLine();
            if (opens) {
                current = new int[] {i, i};
                units.add(current);
            } else {
                current[1] = i;
            }
            afterBlank = false;
            previous = line;
        }
        return units;
    }

    private static List<Paragraph> classify(List<Line> lines, List<int[]> units, Language language) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int resolution = -1;
        boolean inToc = false;
        // Where "Resolution No." headings exist, everything before the first is the document's head.
        int firstHeading = firstHeading(lines, units, language);
        for (int u = 0; u < units.size(); u++) {
            int[] unit = units.get(u);
            Line firstLine = lines.get(unit[0]);
            String first = firstLine.clean();
            Paragraph last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            SegmentKind state = last == null ? SegmentKind.HEADER : last.kind;

            if (isTocTitle(first) || (inToc && isTocEntry(firstLine, language))) {
                inToc = true;
                paragraphs.add(paragraph(unit, SegmentKind.TOC, -1));
                continue;
            }
            if (u >= firstHeading && isResolutionHeading(first, language) && !isTocEntry(firstLine, language)) {
                inToc = false;
                resolution++;
                paragraphs.add(paragraph(unit, SegmentKind.TITLE, resolution));
                continue;
            }
            if (u < firstHeading) {
                SegmentKind head = inToc ? SegmentKind.TOC : SegmentKind.HEADER;
                if (last != null && last.kind == head) {
                    last.lastLine = unit[1];
                } else {
                    paragraphs.add(paragraph(unit, head, -1));
                }
                continue;
            }
            if (inToc && state == SegmentKind.TOC) {
                // The contents end where content starts: keep reading it as contents until then.
                if (!opensParagraph(first, language)) {
                    paragraphs.add(paragraph(unit, SegmentKind.TOC, -1));
                    continue;
                }
                inToc = false;
            }
            Optional<ParagraphMarker> marker = ParagraphMarker.of(first);
            String afterMarker = marker.map(m -> first.substring(Math.min(m.length(), first.length()))).orElse(first);
            boolean preamble = PreambleOpeners.opens(afterMarker, language);
            Optional<OperativeVerb> verb = OperativeVerbs.find(afterMarker, language);
            Optional<OperativeVerb> openingVerb = OperativeVerbs.opening(afterMarker, language);
            boolean numbered = marker.isPresent() && marker.get().kind() == ParagraphMarker.Kind.NUMBER;
            boolean lettered = marker.isPresent() && marker.get().kind() == ParagraphMarker.Kind.LETTER;
            boolean body = resolution >= 0;

            SegmentKind kind;
            if (SEPARATOR.matcher(first).matches()) {
                kind = SegmentKind.OTHER;
            } else if (!numbered && isOpening(afterMarker, language) && !preamble
                    && (state == SegmentKind.HEADER || state == SegmentKind.TITLE || state == SegmentKind.TOC
                            || (state == SegmentKind.OTHER && last != null && (resolution < 0 || last.resolution < resolution)))) {
                kind = SegmentKind.OPENING;
            } else if (preamble && state != SegmentKind.OPERATIVE && state != SegmentKind.ENACTING
                    && !(state == SegmentKind.HEADING && operativeIn(paragraphs, resolution))) {
                kind = SegmentKind.PREAMBLE;
            } else if (body && !numbered && isEnacting(unitText(lines, unit), language, verb.isPresent())) {
                kind = SegmentKind.ENACTING;
            } else if (lettered || ARABIC_HEADING.matcher(ReadingText.fold(first)).find()) {
                boolean subItem = last != null && last.kind == SegmentKind.OPERATIVE
                        && (endsWithColon(lines, last) || last.hasSubItems);
                kind = subItem ? null : SegmentKind.HEADING;
                if (subItem) {
                    last.hasSubItems = true;
                }
            } else if ((numbered && (verb.isPresent() || state != SegmentKind.HEADER
                            || ReadingText.words(first, 8).size() >= 8)) // numbered prose: a communiqué's body
                    || (openingVerb.isPresent() && state != SegmentKind.HEADER && state != SegmentKind.TITLE)
                    || (marker.isPresent() && verb.isPresent() && state != SegmentKind.HEADER)) {
                kind = SegmentKind.OPERATIVE;
            } else if (state == SegmentKind.ENACTING) {
                kind = SegmentKind.OPERATIVE; // "Décide :" then "Réintégration de ...": the operative part, unnumbered
            } else if (state == SegmentKind.HEADER && longestLineWords(lines, unit) > 15) {
                kind = SegmentKind.OTHER; // running prose is no header line, even where nothing else is recognized
            } else if (state == SegmentKind.HEADER || state == SegmentKind.TITLE) {
                kind = state; // the header and a title run on until something opens the body
            } else if (!endsSentence(lines.get(last.lastLine).clean()) && last.kind != SegmentKind.OTHER) {
                kind = null; // a paragraph broken by a blank line: this is its continuation
            } else if (state == SegmentKind.OPERATIVE && marker.isEmpty()
                    && (last.marker == null || last.marker.kind() == ParagraphMarker.Kind.BULLET)
                    && ReadingText.words(first, 6).size() >= 5) {
                kind = SegmentKind.OPERATIVE; // unnumbered operative paragraphs: the next one, whatever its verb
            } else {
                kind = SegmentKind.OTHER;
            }

            if (last != null && (kind == null || (kind == state && (kind == SegmentKind.HEADER || kind == SegmentKind.TITLE)))) {
                last.lastLine = unit[1];
                continue;
            }
            if (resolution < 0 && (kind == SegmentKind.OPENING || kind == SegmentKind.PREAMBLE
                    || kind == SegmentKind.OPERATIVE || kind == SegmentKind.ENACTING)) {
                resolution = 0; // a resolution (or declaration) without a "Resolution No." heading
            }
            Paragraph paragraph = paragraph(unit, kind, kind == SegmentKind.HEADER ? -1 : resolution);
            marker.ifPresent(m -> paragraph.marker = m);
            if (kind == SegmentKind.OPERATIVE) {
                paragraph.verb = verb.orElse(null);
            }
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    private static int firstHeading(List<Line> lines, List<int[]> units, Language language) {
        boolean inToc = false;
        for (int u = 0; u < units.size(); u++) {
            Line line = lines.get(units.get(u)[0]);
            if (isTocTitle(line.clean())) {
                inToc = true;
            } else if (!isTocEntry(line, language) && isResolutionHeading(line.clean(), language)) {
                return u;
            }
        }
        return -1;
    }

    /**
     * A list of contents can print each resolution's heading as the resolution itself prints it
     * ("Resolution No. 1/33-S&T on Science and Technology"). A resolution number that heads a
     * resolution again further on was a line of the contents: its first "resolution" is turned
     * back into contents, and the resolutions are numbered again.
     */
    private static void contentsListedAsHeadings(List<Line> lines, List<Paragraph> paragraphs, Language language) {
        java.util.Map<Integer, String> keys = new java.util.HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.kind == SegmentKind.TITLE) {
                ResolutionNumber.in(lines.get(p.firstLine).clean(), java.util.OptionalInt.empty(), language == Language.AR)
                        .ifPresent(n -> keys.put(p.resolution, n.session() + "/" + n.number()));
            }
        }
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        keys.forEach((resolution, key) -> keys.forEach((other, otherKey) -> {
            if (other > resolution && otherKey.equals(key)) {
                listed.add(resolution);
            }
        }));
        if (listed.isEmpty()) {
            return;
        }
        int last = listed.stream().mapToInt(Integer::intValue).max().orElseThrow();
        java.util.Map<Integer, Integer> renumbered = new java.util.HashMap<>();
        for (Paragraph p : paragraphs) {
            if (p.resolution >= 0 && p.resolution <= last) {
                p.kind = SegmentKind.TOC; // everything up to the last listed heading is the contents
                p.resolution = -1;
                p.verb = null;
            } else if (p.resolution > last) {
                p.resolution = renumbered.computeIfAbsent(p.resolution, r -> renumbered.size());
            }
        }
    }

    /** Whether the resolution already has operative paragraphs: sub-headings may also divide a preamble. */
    private static boolean operativeIn(List<Paragraph> paragraphs, int resolution) {
        for (int i = paragraphs.size() - 1; i >= 0 && paragraphs.get(i).resolution == resolution; i--) {
            if (paragraphs.get(i).kind == SegmentKind.OPERATIVE) {
                return true;
            }
        }
        return false;
    }

    private static Paragraph paragraph(int[] unit, SegmentKind kind, int resolution) {
        Paragraph paragraph = new Paragraph(unit[0], kind);
        paragraph.lastLine = unit[1];
        paragraph.resolution = resolution;
        return paragraph;
    }

    private static Structure segments(String text, List<Line> lines, List<Paragraph> paragraphs, Language language) {
        List<Segment> segments = new ArrayList<>();
        List<Integer> titles = new ArrayList<>();
        if (paragraphs.isEmpty()) {
            segments.add(new Segment(SegmentKind.OTHER, 0, text.length(), -1, null, "", null));
            return new Structure(segments, titles);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            int start = p == 0 ? 0 : lines.get(paragraph.firstLine).start();
            int end = p + 1 < paragraphs.size() ? lines.get(paragraphs.get(p + 1).firstLine).start() : text.length();
            String shown = shownText(lines, paragraph);
            String number = paragraph.marker == null || paragraph.marker.kind() == ParagraphMarker.Kind.BULLET
                    ? null
                    : paragraph.marker.number();
            if (paragraph.kind == SegmentKind.TITLE) {
                titles.add(segments.size());
            }
            segments.add(new Segment(paragraph.kind, start, end, paragraph.resolution, number, shown, paragraph.verb));
        }
        return new Structure(segments, titles);
    }

    /** The paragraph's lines joined, without its mark and markup. */
    private static String shownText(List<Line> lines, Paragraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (int i = paragraph.firstLine; i <= paragraph.lastLine; i++) {
            String clean = lines.get(i).clean();
            if (clean.isEmpty()) {
                continue;
            }
            if (i == paragraph.firstLine && paragraph.marker != null) {
                clean = clean.substring(Math.min(paragraph.marker.length(), clean.length())).strip();
            }
            if (!out.isEmpty()) {
                out.append(paragraph.kind == SegmentKind.HEADER || paragraph.kind == SegmentKind.TITLE
                        || paragraph.kind == SegmentKind.TOC ? "\n" : " ");
            }
            out.append(clean);
        }
        return out.toString();
    }

    private static String unitText(List<Line> lines, int[] unit) {
        StringBuilder out = new StringBuilder();
        for (int i = unit[0]; i <= unit[1]; i++) {
            out.append(lines.get(i).clean()).append(' ');
        }
        return out.toString().strip();
    }

    private static int longestLineWords(List<Line> lines, int[] unit) {
        int longest = 0;
        for (int i = unit[0]; i <= unit[1]; i++) {
            longest = Math.max(longest, ReadingText.words(lines.get(i).clean(), 40).size());
        }
        return longest;
    }

    private static boolean endsWithColon(List<Line> lines, Paragraph paragraph) {
        String last = lines.get(paragraph.lastLine).clean();
        return last.endsWith(":") || last.endsWith("：");
    }

    /**
     * A line of a table of contents that names a resolution: "Resolution No. 1/44-POL on the
     * Situation in Somalia ..... 3" ends with its page number; a heading never does.
     */
    private static boolean isTocEntry(Line line, Language language) {
        String clean = line.clean();
        return line.isTocLine() || (TOC_PAGE.matcher(clean).find() && ReadingText.words(clean, 6).size() >= 5
                && (isResolutionHeading(clean, language) || ParagraphMarker.of(clean).isPresent()));
    }

    static boolean isResolutionHeading(String line, Language language) {
        String folded = ReadingText.fold(line).replace("'", "");
        return HEADING_AR.matcher(folded).find()
                || (language != Language.AR || folded.matches("^[a-z].*"))
                        && (HEADING_EN.matcher(folded).find() || HEADING_FR.matcher(folded).find());
    }

    private static boolean opensParagraph(String line, Language language) {
        Optional<ParagraphMarker> marker = ParagraphMarker.of(line);
        String rest = marker.map(m -> line.substring(Math.min(m.length(), line.length()))).orElse(line);
        return (marker.isPresent() && marker.get().kind() != ParagraphMarker.Kind.BULLET)
                || isResolutionHeading(line, language)
                || PreambleOpeners.opens(rest, language)
                || OperativeVerbs.opening(rest, language).isPresent()
                || isOpening(rest, language)
                || isTocTitle(line)
                || SEPARATOR.matcher(line).matches();
    }

    /** The paragraph that names the adopting body: "The Council of Foreign Ministers ..., meeting in ...", "إن مجلس ...". */
    static boolean isOpening(String paragraph, Language language) {
        List<String> words = ReadingText.words(paragraph, 3);
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0);
        return switch (language) {
            // إن opens the Arabic enacting sentence; أن ("that") folds to the same letters, so the raw word decides.
            case AR -> rawFirstWord(paragraph).equals("إن") || rawFirstWord(paragraph).equals("ان") || first.equals("نحن");
            case EN -> (first.equals("the") || first.equals("we")) && (meetingWord(paragraph) || namesTheBodyAlone(paragraph));
            case FR -> (first.equals("le") || first.equals("la") || first.equals("l'") || first.startsWith("l'")
                    || first.equals("nous")) && (meetingWord(paragraph) || namesTheBodyAlone(paragraph));
        };
    }

    /** The first word as printed but without diacritics (إنّ is إن), keeping its hamza, which tells إن from أن. */
    private static String rawFirstWord(String paragraph) {
        String head = paragraph.replace("**", "").strip();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                break;
            }
        }
        return word.toString();
    }

    /** "The General Assembly,": the adopting body named alone, its sentence continuing in the preamble. */
    private static boolean namesTheBodyAlone(String paragraph) {
        String stripped = paragraph.strip();
        return (stripped.endsWith(",") || stripped.endsWith("،")) && ReadingText.words(stripped, 8).size() <= 6;
    }

    private static boolean meetingWord(String paragraph) {
        String folded = ReadingText.fold(paragraph.length() > 600 ? paragraph.substring(0, 600) : paragraph);
        for (String word : new String[] {
            "held", "meeting", "convened", "met ", "gathered", "assembled", "reuni", "tenue", "tenu ", "assembles"
        }) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnacting(String paragraph, Language language, boolean hasVerb) {
        String stripped = paragraph.strip();
        if (!(stripped.endsWith(":") || stripped.endsWith("："))) {
            return false;
        }
        List<String> words = ReadingText.words(stripped, 12);
        if (words.size() > 10) {
            return false;
        }
        return hasVerb || ENACTING_WORDS.matcher(ReadingText.fold(stripped)).find();
    }

    private static boolean isTocTitle(String line) {
        return TOC_TITLE.matcher(ReadingText.fold(line).toLowerCase(Locale.ROOT)).matches();
    }

    /** Whether a line ends a sentence (or a clause that a new paragraph follows). */
    static boolean endsSentence(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == ';' || last == ':' || last == '؛' || last == '!' || last == '?' || last == '؟'
                || last == '：';
    }
}

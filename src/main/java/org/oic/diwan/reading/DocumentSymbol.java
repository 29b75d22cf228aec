package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document symbol as printed, with the key that every printing of the same document shares.
 *
 * <p>The language versions of one document print its symbol differently
 * ({@code OIC/CFM-49/2023/IT /FINAL. RES}, {@code OIC/CFM-49/2023/IT/RES/FINAL},
 * {@code OIC/CFM-49/2023/IT/FINAL}): the key drops spacing, case, and the trailing status
 * markers {@code FINAL} and {@code RES}, which say what the document is rather than which one.
 * A {@code RES} inside a symbol ({@code A/RES/77/1}) is part of its identity and stays.
 */
public record DocumentSymbol(String printed, String key) {

    private static final Pattern BODY_SESSION = Pattern.compile("^(EX-|EXT-)?([A-Z]+)(?:-(\\d{1,3}))?$");
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d{2}$");
    private static final List<String> STATUS_MARKERS = List.of("FINAL", "RES");

    /** Abbreviations printed in symbols, by the body they name; ICFM is the Council's name before 2011. */
    private static final Map<String, String> BODY_ABBREVIATIONS = Map.of(
            "CFM", "CFM",
            "ICFM", "CFM",
            "SUMMIT", "SUMMIT",
            "IS", "SUMMIT",
            "COMCEC", "COMCEC",
            "COMIAC", "COMIAC",
            "COMSTECH", "COMSTECH",
            "ICIM", "ICIM");

    public static DocumentSymbol of(String printed) {
        String compact = printed.strip();
        return new DocumentSymbol(compact, keyOf(compact));
    }

    private static String keyOf(String printed) {
        List<String> segments = new ArrayList<>();
        for (String segment : printed.toUpperCase(Locale.ROOT).split("/")) {
            String s = segment.replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        // The last segment may glue status markers together ("FINAL. RES"); a dot that is part of
        // a name ("REP.1") stays.
        if (!segments.isEmpty()) {
            String last = segments.get(segments.size() - 1);
            List<String> parts = new ArrayList<>();
            for (String part : last.split("[\\s.]+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            if (parts.size() > 1 && parts.subList(1, parts.size()).stream().allMatch(STATUS_MARKERS::contains)) {
                segments.remove(segments.size() - 1);
                segments.addAll(parts);
            }
        }
        while (segments.size() > 2 && STATUS_MARKERS.contains(trimDots(segments.get(segments.size() - 1)))) {
            segments.remove(segments.size() - 1);
        }
        List<String> cleaned = segments.stream()
                .map(DocumentSymbol::trimDots)
                .map(s -> s.replace(" ", ""))
                .toList();
        return String.join("/", cleaned);
    }

    private static String trimDots(String s) {
        return s.replaceAll("^[.\\s]+|[.\\s]+$", "");
    }

    /** The body whose session issued the document, when the symbol names one Diwan knows. */
    public Optional<String> bodyCode() {
        return bodySession().map(m -> BODY_ABBREVIATIONS.get(m.group(2)));
    }

    /** The session's ordinal, when the symbol names it ({@code CFM-49} gives 49). */
    public OptionalInt sessionOrdinal() {
        return bodySession()
                .filter(m -> BODY_ABBREVIATIONS.containsKey(m.group(2)) && m.group(3) != null)
                .map(m -> OptionalInt.of(Integer.parseInt(m.group(3))))
                .orElse(OptionalInt.empty());
    }

    /** Whether the session is an extraordinary one ({@code EX-CFM-5}). */
    public boolean extraordinarySession() {
        return bodySession().map(m -> m.group(1) != null).orElse(false);
    }

    /** The Gregorian year printed in the symbol. */
    public OptionalInt year() {
        for (String segment : key.split("/")) {
            if (YEAR.matcher(segment).matches()) {
                return OptionalInt.of(Integer.parseInt(segment));
            }
        }
        return OptionalInt.empty();
    }

    private Optional<Matcher> bodySession() {
        for (String segment : key.split("/")) {
            Matcher m = BODY_SESSION.matcher(segment);
            if (m.matches() && BODY_ABBREVIATIONS.containsKey(m.group(2))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

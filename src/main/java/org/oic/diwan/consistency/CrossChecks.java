package org.oic.diwan.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oic.diwan.reading.DateFinder;
import org.oic.diwan.reading.Digits;
import org.oic.diwan.reading.GregorianSpan;
import org.oic.diwan.reading.OrdinalMention;
import org.oic.diwan.reading.Ordinals;
import org.oic.diwan.reading.ReadDocument;

/**
 * Findings between the language versions of one document: resolution by resolution, the count
 * of paragraphs, the session the report is due to, and the numbers each operative paragraph
 * carries (years, sessions, deadlines, amounts).
 */
final class CrossChecks {

    /** Numbers below this are often spelt out in one language and in digits in another: not compared. */
    private static final int SMALLEST_COMPARED = 10;
    private static final Pattern DIGITS = Pattern.compile("(?<![0-9٠-٩۰-۹])[0-9٠-٩۰-۹]{2,}(?![0-9٠-٩۰-۹])");

    private CrossChecks() {}

    static List<Finding> of(List<ReadDocument> versions) {
        List<Finding> findings = new ArrayList<>();
        if (versions.size() < 2) {
            return findings;
        }
        for (Map.Entry<String, Map<ReadDocument, ReadDocument.Resolution>> aligned : align(versions).entrySet()) {
            Map<ReadDocument, ReadDocument.Resolution> byVersion = aligned.getValue();
            if (byVersion.size() < 2) {
                continue;
            }
            String label = Findings.sharedLabel(byVersion.values());
            counts(byVersion, label, findings);
            reportDue(byVersion, label, findings);
            numbers(byVersion, label, findings);
        }
        return findings;
    }

    /** Resolutions of the versions side by side: by number where printed, else by position. */
    private static Map<String, Map<ReadDocument, ReadDocument.Resolution>> align(List<ReadDocument> versions) {
        boolean sameCount = versions.stream().map(v -> v.resolutions().size()).distinct().count() == 1;
        Map<String, Map<ReadDocument, ReadDocument.Resolution>> aligned = new LinkedHashMap<>();
        for (ReadDocument version : versions) {
            for (ReadDocument.Resolution resolution : version.resolutions()) {
                String key = !sameCount && resolution.number() != null ? resolution.number().key() : "#" + resolution.index();
                aligned.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(version, resolution);
            }
        }
        return aligned;
    }

    private static void counts(Map<ReadDocument, ReadDocument.Resolution> byVersion, String label, List<Finding> findings) {
        Map<Integer, List<ReadDocument>> operative = new TreeMap<>();
        Map<Integer, List<ReadDocument>> preamble = new TreeMap<>();
        byVersion.forEach((version, resolution) -> {
            operative.computeIfAbsent(resolution.operative().size(), n -> new ArrayList<>()).add(version);
            preamble.computeIfAbsent(resolution.preamble().size(), n -> new ArrayList<>()).add(version);
        });
        if (operative.size() > 1) {
            findings.add(new Finding("operative-count-mismatch", Severity.ERROR,
                    Message.of("operative-count-mismatch", label, detail(operative)), spans(byVersion, true)));
        }
        if (preamble.size() > 1) {
            findings.add(new Finding("preamble-count-mismatch", Severity.INFO,
                    Message.of("preamble-count-mismatch", label, detail(preamble)), spans(byVersion, false)));
        }
    }

    private static void reportDue(Map<ReadDocument, ReadDocument.Resolution> byVersion, String label, List<Finding> findings) {
        Map<Integer, List<ReadDocument>> sessions = new TreeMap<>();
        List<Location> locations = new ArrayList<>();
        byVersion.forEach((version, resolution) -> {
            Optional<ReportDue.Due> due = ReportDue.of(resolution, version.language(), adopting(version));
            due.ifPresent(d -> {
                sessions.computeIfAbsent(d.session(), n -> new ArrayList<>()).add(version);
                locations.add(operativeLocation(version, resolution, d.paragraph()));
            });
        });
        if (sessions.size() > 1) {
            findings.add(new Finding("session-reference-mismatch", Severity.ERROR,
                    Message.of("session-reference-mismatch", label, detail(sessions)), locations));
        }
    }

    /** The numbers of each operative paragraph, paragraph by paragraph where the counts agree. */
    private static void numbers(Map<ReadDocument, ReadDocument.Resolution> byVersion, String label, List<Finding> findings) {
        int count = byVersion.values().iterator().next().operative().size();
        if (byVersion.values().stream().anyMatch(r -> r.operative().size() != count)) {
            return; // already a finding; paragraph by paragraph comparison would only echo it
        }
        for (int i = 0; i < count; i++) {
            Map<Integer, List<ReadDocument>> carriers = new TreeMap<>();
            List<Location> locations = new ArrayList<>();
            String paragraphNumber = null;
            for (Map.Entry<ReadDocument, ReadDocument.Resolution> entry : byVersion.entrySet()) {
                ReadDocument.Operative paragraph = entry.getValue().operative().get(i);
                paragraphNumber = paragraphNumber != null ? paragraphNumber : paragraph.number();
                TreeSet<Integer> values = numbersIn(paragraph, entry.getKey());
                // the session a report is due to has its own finding (session-reference-mismatch)
                ReportDue.of(entry.getValue(), entry.getKey().language(), adopting(entry.getKey()))
                        .filter(due -> due.paragraph() == paragraph)
                        .ifPresent(due -> values.remove(due.session()));
                for (int value : values) {
                    carriers.computeIfAbsent(value, n -> new ArrayList<>()).add(entry.getKey());
                }
                locations.add(operativeLocation(entry.getKey(), entry.getValue(), paragraph));
            }
            Map<Integer, List<ReadDocument>> partial = new TreeMap<>();
            carriers.forEach((value, holders) -> {
                if (holders.size() < byVersion.size()) {
                    partial.put(value, holders);
                }
            });
            if (!partial.isEmpty()) {
                findings.add(new Finding("number-mismatch", Severity.WARNING,
                        Message.of("number-mismatch", label, paragraphNumber != null ? paragraphNumber : String.valueOf(i + 1),
                                detail(partial)),
                        locations));
            }
        }
    }

    private static TreeSet<Integer> numbersIn(ReadDocument.Operative paragraph, ReadDocument version) {
        TreeSet<Integer> values = new TreeSet<>();
        Matcher m = DIGITS.matcher(paragraph.text());
        while (m.find()) {
            String digits = m.group();
            if (digits.length() > 9) {
                continue;
            }
            int value = Integer.parseInt(Digits.ascii(digits));
            if (value >= SMALLEST_COMPARED) {
                values.add(value);
            }
        }
        List<GregorianSpan> dates = DateFinder.gregorian(paragraph.text());
        for (OrdinalMention ordinal : Ordinals.find(paragraph.text(), version.language())) {
            // "les 1er et 2 mars": a day, already compared with its date's digits
            if (dates.stream().noneMatch(d -> ordinal.start() < d.end() && ordinal.end() > d.start())) {
                values.add(ordinal.value());
            }
        }
        return values;
    }

    /** "ar, fr: 50; en: 49": values with the languages that carry them, the same in any language. */
    private static Integer adopting(ReadDocument version) {
        return version.session() == null ? null : version.session().number();
    }

    private static String detail(Map<Integer, List<ReadDocument>> byValue) {
        List<String> parts = new ArrayList<>();
        byValue.forEach((value, versions) -> parts.add(value + ": "
                + String.join(", ", versions.stream().map(v -> v.language().code()).sorted().distinct().toList())));
        return String.join("; ", parts);
    }

    /** The operative (or preambular) part of each version's resolution, as one range. */
    private static List<Location> spans(Map<ReadDocument, ReadDocument.Resolution> byVersion, boolean operative) {
        List<Location> locations = new ArrayList<>();
        byVersion.forEach((version, resolution) -> {
            List<int[]> ranges = operative
                    ? resolution.operative().stream().map(p -> new int[] {p.start(), p.end()}).toList()
                    : resolution.preamble().stream().map(p -> new int[] {p.start(), p.end()}).toList();
            int start = ranges.isEmpty() ? 0 : ranges.get(0)[0];
            int end = ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1)[1];
            locations.add(new Location(version.file(), version.language().code(), operative ? "operative" : "preamble", start, end));
        });
        return locations;
    }

    private static Location operativeLocation(ReadDocument version, ReadDocument.Resolution resolution,
            ReadDocument.Operative paragraph) {
        int index = resolution.operative().indexOf(paragraph) + 1;
        return new Location(version.file(), version.language().code(),
                "operative " + (paragraph.number() != null ? paragraph.number() : index), paragraph.start(), paragraph.end());
    }
}

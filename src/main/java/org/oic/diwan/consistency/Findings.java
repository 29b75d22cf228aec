package org.oic.diwan.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oic.diwan.reading.DocumentKind;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.Segment;

/** Every finding of a document: inside each of its versions, then between them. */
public final class Findings {

    private Findings() {}

    /** The findings of versions that belong to one document (one version alone is checked by itself). */
    public static List<Finding> of(List<ReadDocument> versions) {
        List<Finding> findings = new ArrayList<>();
        for (ReadDocument version : versions) {
            findings.addAll(VersionChecks.of(version));
            reportDueToAdoptingSession(version, findings);
        }
        findings.addAll(CrossChecks.of(versions));
        return merged(findings);
    }

    /**
     * One finding per fact: a resolution set repeats its opening (and its dates) in each
     * resolution, and the same disagreement found there is one finding with several locations.
     */
    private static List<Finding> merged(List<Finding> findings) {
        java.util.Map<String, Finding> byFact = new java.util.LinkedHashMap<>();
        for (Finding finding : findings) {
            String fact = finding.kind() + "|" + finding.severity() + "|" + finding.message().en();
            Finding seen = byFact.get(fact);
            if (seen == null) {
                byFact.put(fact, finding);
            } else {
                List<Location> locations = new ArrayList<>(seen.locations());
                finding.locations().stream().filter(l -> !locations.contains(l)).forEach(locations::add);
                byFact.put(fact, new Finding(seen.kind(), seen.severity(), seen.message(), locations));
            }
        }
        return new ArrayList<>(byFact.values());
    }

    /** Whether any finding is an error: what the command line's exit code reports. */
    public static boolean anyError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    private static void reportDueToAdoptingSession(ReadDocument version, List<Finding> findings) {
        boolean resolutions = version.kind() == DocumentKind.RESOLUTION || version.kind() == DocumentKind.RESOLUTION_SET;
        if (!resolutions || version.session() == null || version.session().number() == null) {
            return; // a report speaks of past sessions' reports: no mandate of its own
        }
        int adopting = version.session().number();
        for (ReadDocument.Resolution resolution : version.resolutions()) {
            Optional<ReportDue.Due> due = ReportDue.of(resolution, version.language(), adopting);
            if (due.isPresent() && due.get().session() <= adopting) {
                ReadDocument.Operative paragraph = due.get().paragraph();
                findings.add(new Finding("report-due-session-passed", Severity.WARNING,
                        Message.of("report-due-session-passed", resolutionLabel(resolution), due.get().session(), adopting),
                        List.of(new Location(version.file(), version.language().code(),
                                "operative " + (paragraph.number() != null ? paragraph.number() : ""),
                                paragraph.start(), paragraph.end()))));
            }
        }
    }

    /**
     * A resolution named the same in every language: its key (49/1), since each version prints
     * its number its own way (1/49-IT, IT-49/1).
     */
    static String sharedLabel(java.util.Collection<ReadDocument.Resolution> versions) {
        ReadDocument.Resolution first = versions.iterator().next();
        return first.number() != null ? first.number().key() : "#" + (first.index() + 1);
    }

    static String resolutionLabel(ReadDocument.Resolution resolution) {
        return resolution.number() != null ? resolution.number().printed() : "#" + (resolution.index() + 1);
    }

    /** "header", "opening", "preamble 3", "operative 5": a segment named as a reader would. */
    static String paragraphLabel(ReadDocument version, Segment segment) {
        String kind = segment.kind().label();
        if (segment.number() != null) {
            return kind + " " + segment.number();
        }
        int index = 0;
        for (Segment other : version.segments()) {
            if (other.kind() == segment.kind() && other.resolution() == segment.resolution()) {
                index++;
            }
            if (other == segment) {
                break;
            }
        }
        return switch (segment.kind()) {
            case PREAMBLE, OPERATIVE, HEADING -> kind + " " + index;
            default -> kind;
        };
    }
}

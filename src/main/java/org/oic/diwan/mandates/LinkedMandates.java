package org.oic.diwan.mandates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.oic.diwan.consistency.Finding;
import org.oic.diwan.consistency.Location;
import org.oic.diwan.consistency.Message;
import org.oic.diwan.consistency.Severity;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.VerbStrength;
import org.oic.diwan.text.Language;

/**
 * The mandates of one document from its linked language versions: paragraph by paragraph, one
 * mandate; where versions disagree on when it is due, or on whom it addresses, a finding.
 */
public final class LinkedMandates {

    /** The mandates of a document and what its versions disagree on. */
    public record Reading(List<Mandate> mandates, List<Finding> findings) {}

    private LinkedMandates() {}

    public static Reading of(List<ReadDocument> versions, MandateReader reader) {
        Map<ReadDocument, List<ParagraphMandate>> read = new LinkedHashMap<>();
        for (ReadDocument version : versions) {
            read.put(version, reader.read(version));
        }
        boolean sameCount = versions.stream().map(v -> v.resolutions().size()).distinct().count() == 1;
        // Paragraphs side by side: by resolution position when the versions agree on the count, else by key.
        Map<String, Map<ReadDocument, ParagraphMandate>> aligned = new LinkedHashMap<>();
        read.forEach((version, paragraphs) -> {
            for (ParagraphMandate p : paragraphs) {
                String resolution = sameCount || p.resolutionKey() == null ? "#" + p.resolution() : p.resolutionKey();
                aligned.computeIfAbsent(resolution + "/" + p.position(), k -> new LinkedHashMap<>()).put(version, p);
            }
        });
        List<Mandate> mandates = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Map<ReadDocument, ParagraphMandate> byVersion : aligned.values()) {
            Mandate mandate = merge(byVersion);
            if (mandate.addressees().isEmpty()) {
                continue;
            }
            mandates.add(mandate);
            dueFindings(mandate, byVersion, findings);
            addresseeFinding(mandate, byVersion, findings);
        }
        return new Reading(mandates, findings);
    }

    private static Mandate merge(Map<ReadDocument, ParagraphMandate> byVersion) {
        Map<Language, ParagraphMandate> versions = new EnumMap<>(Language.class);
        byVersion.forEach((version, p) -> versions.putIfAbsent(version.language(), p));
        List<ParagraphMandate> all = new ArrayList<>(byVersion.values());
        ParagraphMandate first = all.get(0);
        Set<String> addressees = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        VerbStrength strength = VerbStrength.NONE;
        String key = null;
        String number = null;
        String verb = null;
        for (ParagraphMandate p : all) {
            if (p.isMandate()) {
                addressees.addAll(p.addressees());
                actions.addAll(p.actions());
            }
            strength = stronger(strength, p.strength());
            key = key != null ? key : p.resolutionKey();
            number = number != null ? number : p.number();
            verb = verb != null ? verb : p.verb();
        }
        return new Mandate(key, first.resolution(), first.position(), number, verb, strength, List.copyOf(addressees),
                List.copyOf(actions), majorityDue(all), versions);
    }

    private static VerbStrength stronger(VerbStrength a, VerbStrength b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The due that most versions give; a tie goes to the earliest in text order (the versions' order). */
    private static Due majorityDue(List<ParagraphMandate> all) {
        Map<Due, Integer> counts = new LinkedHashMap<>();
        for (ParagraphMandate p : all) {
            if (p.due() != null) {
                counts.merge(p.due(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).orElse(null);
    }

    private static void dueFindings(Mandate mandate, Map<ReadDocument, ParagraphMandate> byVersion, List<Finding> findings) {
        if (byVersion.size() < 2) {
            return;
        }
        Map<String, List<String>> byDue = new TreeMap<>();
        byVersion.forEach((version, p) -> byDue.computeIfAbsent(p.due() == null ? "-" : p.due().label(), k -> new ArrayList<>())
                .add(version.language().code()));
        if (byDue.size() < 2) {
            return;
        }
        boolean someHaveNone = byDue.containsKey("-");
        Set<Due.Kind> kinds = new LinkedHashSet<>();
        byVersion.values().stream().map(ParagraphMandate::due).filter(Objects::nonNull).forEach(d -> kinds.add(d.kind()));
        String kind = someHaveNone && byDue.size() == 2 ? "mandate-due-one-version" : "mandate-due-mismatch";
        findings.add(new Finding(kind, kinds.contains(Due.Kind.SESSION) && !someHaveNone ? Severity.ERROR : Severity.WARNING,
                Message.of(kind, mandate.resolutionLabel(), mandate.paragraphLabel(), detail(byDue)), locations(byVersion)));
    }

    private static void addresseeFinding(Mandate mandate, Map<ReadDocument, ParagraphMandate> byVersion, List<Finding> findings) {
        Map<String, List<String>> byAddressees = new TreeMap<>();
        byVersion.forEach((version, p) -> {
            if (p.isMandate()) {
                byAddressees.computeIfAbsent(String.join(", ", p.addressees().stream().sorted().toList()), k -> new ArrayList<>())
                        .add(version.language().code());
            }
        });
        if (byAddressees.size() > 1) {
            findings.add(new Finding("mandate-addressee-mismatch", Severity.INFO,
                    Message.of("mandate-addressee-mismatch", mandate.resolutionLabel(), mandate.paragraphLabel(), detail(byAddressees)),
                    locations(byVersion)));
        }
    }

    private static String detail(Map<String, List<String>> byValue) {
        List<String> parts = new ArrayList<>();
        byValue.forEach((value, languages) -> parts.add(String.join(", ", languages.stream().sorted().toList()) + ": " + value));
        return String.join("; ", parts);
    }

    private static List<Location> locations(Map<ReadDocument, ParagraphMandate> byVersion) {
        List<Location> locations = new ArrayList<>();
        byVersion.forEach((version, p) -> locations.add(new Location(version.file(), version.language().code(),
                "operative " + (p.number() != null ? p.number() : p.position()), p.start(), p.end())));
        return locations;
    }
}

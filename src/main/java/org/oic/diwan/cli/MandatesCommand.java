package org.oic.diwan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.oic.diwan.access.Organizations;
import org.oic.diwan.consistency.Finding;
import org.oic.diwan.consistency.VersionLinks;
import org.oic.diwan.mandates.Addressees;
import org.oic.diwan.mandates.LinkedMandates;
import org.oic.diwan.mandates.Mandate;
import org.oic.diwan.mandates.MandateReader;
import org.oic.diwan.mandates.ParagraphMandate;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./diwan mandates FILE... [--json]}: what resolutions ask of whom and by when, without storing anything. */
@Command(
        name = "mandates",
        description = {
            "Reads the mandates of resolutions without storing them: for each operative paragraph that asks",
            "someone to act, the addressees, the actions and when they are due. Files given together are",
            "linked into documents; the language versions of one resolution give one set of mandates, and",
            "where they disagree (a different due session, a deadline in one version only) it is a finding.",
            "Exit code 0: no error finding; 1: an error finding; 2: a file could not be read."
        },
        mixinStandardHelpOptions = true)
final class MandatesCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object per mandate, then one per finding.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        ReadCommand.Versions read = ReadCommand.readAll(files);
        List<ReadDocument> versions = read.versions();
        boolean unreadable = read.unreadable();
        MandateReader reader = new MandateReader(Addressees.of(Organizations.shippedWithDiwan()));
        JsonMapper mapper = JsonMapper.builder().build();
        boolean error = false;
        for (List<ReadDocument> document : VersionLinks.link(versions)) {
            LinkedMandates.Reading reading = LinkedMandates.of(document, reader);
            String symbol = symbolOf(document);
            for (Mandate mandate : reading.mandates()) {
                if (json) {
                    out.println(mapper.writeValueAsString(json(symbol, document, mandate)));
                } else {
                    human(out, symbol, mandate);
                }
            }
            for (Finding finding : reading.findings()) {
                error |= finding.severity() == org.oic.diwan.consistency.Severity.ERROR;
                if (json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("finding", finding.kind());
                    o.put("severity", finding.severity().label());
                    o.put("message", finding.message().en());
                    o.put("locations", finding.locations());
                    out.println(mapper.writeValueAsString(o));
                } else {
                    out.println("  " + finding.severity().label() + "  " + finding.kind() + ": " + finding.message().en());
                }
            }
        }
        out.flush();
        return unreadable ? 2 : error ? 1 : 0;
    }

    private static String symbolOf(List<ReadDocument> document) {
        // the English or French printing first: Arabic documents often print the Latin symbol damaged by extraction
        return document.stream().filter(v -> v.symbol() != null)
                .sorted(java.util.Comparator.comparing((ReadDocument v) -> v.language() == Language.AR))
                .map(v -> v.symbol().printed()).findFirst().orElse(document.get(0).file());
    }

    private static Map<String, Object> json(String symbol, List<ReadDocument> document, Mandate mandate) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("document", symbol);
        o.put("files", document.stream().map(ReadDocument::file).toList());
        o.put("resolution", mandate.resolutionKey());
        o.put("paragraph", mandate.paragraphLabel());
        o.put("verb", mandate.verb());
        o.put("strength", mandate.strength().name().toLowerCase(java.util.Locale.ROOT));
        o.put("addressees", mandate.addressees());
        o.put("actions", mandate.actions());
        o.put("due", mandate.due() == null ? null : mandate.due().label());
        Map<String, Object> versions = new LinkedHashMap<>();
        mandate.versions().forEach((language, p) -> versions.put(language.code(), version(p)));
        o.put("versions", versions);
        return o;
    }

    private static Map<String, Object> version(ParagraphMandate p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("addressees", p.addressees());
        o.put("actions", p.actions());
        o.put("due", p.due() == null ? null : p.due().label());
        o.put("text", p.text());
        return o;
    }

    private static void human(PrintStream out, String symbol, Mandate m) {
        out.printf("%s  %s ¶%s  %s → %s  [%s]  due %s%n", symbol, m.resolutionLabel(), m.paragraphLabel(), String.join(", ", m.addressees()),
                String.join(", ", m.actions()), m.verb(), m.due() == null ? "-" : m.due().label());
        for (Map.Entry<Language, ParagraphMandate> v : m.versions().entrySet()) {
            String text = v.getValue().text();
            out.printf("    %s  %s%n", v.getKey().code(), text.length() > 110 ? text.substring(0, 110) + "…" : text);
        }
    }
}

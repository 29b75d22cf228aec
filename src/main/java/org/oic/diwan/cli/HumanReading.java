package org.oic.diwan.cli;

import java.io.PrintStream;
import java.util.List;
import org.oic.diwan.consistency.Finding;
import org.oic.diwan.reading.ReadDocument;

/** {@code ./diwan read} for a person: what each file is, its resolutions in short, and the findings. */
final class HumanReading {

    private HumanReading() {}

    static void print(PrintStream out, ReadDocument version, List<ReadDocument> document, List<Finding> findings) {
        out.printf("%s  [%s, %s]%n", version.file(), version.language().code(), version.kind().label());
        if (version.symbol() != null) {
            out.printf("  symbol      %s  (key %s)%n", version.symbol().printed(), version.symbol().key());
        }
        if (version.body() != null) {
            out.printf("  body        %s (%s)%n", version.body().name(), version.body().code());
        }
        ReadDocument.Session session = version.session();
        if (session != null) {
            out.printf("  session     %s%s%s%s%s%n",
                    session.number() == null ? "?" : session.number(),
                    session.extraordinary() ? " (extraordinary)" : "",
                    session.place() == null ? "" : ", " + session.place(),
                    session.gregorian() == null ? "" : ", " + session.gregorian().from() + " – " + session.gregorian().to(),
                    session.hijri() == null ? "" : " (" + session.hijri().from() + " – " + session.hijri().to() + " AH)");
        }
        if (version.extraction().suspect()) {
            out.printf("  extraction  SUSPECT: %s%n", String.join("; ", version.extraction().reasons()));
        }
        if (document.size() > 1) {
            out.printf("  linked with %s%n", String.join(", ",
                    document.stream().filter(v -> v != version).map(ReadDocument::file).toList()));
        }
        for (ReadDocument.Resolution resolution : version.resolutions()) {
            out.printf("  resolution  %s  %s%n", resolution.number() == null ? "(no number)" : resolution.number().printed(),
                    resolution.title() == null ? "" : "«" + resolution.title() + "»");
            out.printf("              %d preambular, %d operative paragraphs%n", resolution.preamble().size(),
                    resolution.operative().size());
            for (ReadDocument.Operative paragraph : resolution.operative()) {
                out.printf("              %4s %-12s %s%n", paragraph.number() == null ? "•" : paragraph.number() + ".",
                        paragraph.verb() == null ? "" : paragraph.verb().canonical(), shortened(paragraph.text()));
            }
        }
        for (Finding finding : findings) {
            if (finding.locations().stream().anyMatch(l -> l.file().equals(version.file()))) {
                out.printf("  %-7s %s: %s%n", finding.severity().label(), finding.kind(), finding.message().en());
            }
        }
        out.println();
    }

    private static String shortened(String text) {
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }
}

package org.oic.diwan.cli;

import java.io.PrintStream;
import java.util.List;
import org.oic.diwan.search.SearchResults;
import org.oic.diwan.search.Snippet;

/** Search results for a terminal: one block per resolution, matches between »«. */
final class HumanResults {

    private HumanResults() {}

    static void print(SearchResults results, PrintStream out) {
        if (!results.index().ready()) {
            out.println("The search index is being built; try again in a moment.");
        }
        for (SearchResults.ConceptUsed concept : results.concepts()) {
            out.printf("term base: %s = %s = %s%n", concept.en(), concept.fr(), concept.ar());
        }
        out.printf("%d result%s%n", results.total(), results.total() == 1 ? "" : "s");
        int rank = results.page() * results.size();
        for (SearchResults.Hit hit : results.hits()) {
            rank++;
            out.println();
            String name = hit.resolution() != null ? hit.resolution() : hit.symbol() != null ? hit.symbol() : hit.best().file();
            out.printf("%d. %s%s%s%n", rank, name, hit.title() == null ? "" : "  «" + hit.title() + "»",
                    hit.throughTermBase() ? "   [found through the term base]" : "");
            out.printf("   %s  %s  %s%n", nullToDash(hit.symbol()), nullToDash(hit.session()), nullToDash(hit.date()));
            print(hit.best(), out, "   ");
            for (SearchResults.VersionHit other : hit.otherLanguages()) {
                print(other, out, "   ");
            }
        }
    }

    private static void print(SearchResults.VersionHit version, PrintStream out, String indent) {
        String where = version.paragraphKind() == null ? "" : " " + version.paragraphKind()
                + (version.paragraphNumber() == null ? "" : " " + version.paragraphNumber());
        out.printf("%s[%s]%s %s%n", indent, version.language(), where, version.file());
        if (version.snippet() != null && !version.snippet().fragments().isEmpty()) {
            out.println(indent + "    " + text(version.snippet().fragments()));
        }
    }

    private static String text(List<Snippet.Fragment> fragments) {
        StringBuilder line = new StringBuilder();
        for (Snippet.Fragment fragment : fragments) {
            line.append(fragment.match() ? "»" + fragment.text() + "«" : fragment.text().replace('\n', ' '));
        }
        return line.toString();
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }
}

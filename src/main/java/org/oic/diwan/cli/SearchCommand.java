package org.oic.diwan.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.search.Search;
import org.oic.diwan.search.SearchIndex;
import org.oic.diwan.search.SearchRequest;
import org.oic.diwan.search.SearchResults;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./diwan search "query" [--json]}: searches the registry in the three languages. */
@Command(
        name = "search",
        description = {
            "Searches the registry in Arabic, English and French: words, \"phrases\", -exclusions, OR,",
            "symbols (CFM-49) and resolution numbers (1/49-IT). Results are resolutions, each with its",
            "best paragraph and its other language versions. The command line acts as the operator of",
            "the data folder and sees every classification; --public shows what the public sees."
        },
        mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Parameters(arity = "0..*", paramLabel = "WORDS", description = "What to look for (several words are one query).")
    List<String> words;

    @Option(names = "--json", description = "Print the results as JSON, as the API gives them.")
    boolean json;

    @Option(names = "--lang", split = ",", paramLabel = "ar,en,fr", description = "Only versions in these languages.")
    List<String> languages;

    @Option(names = "--body", split = ",", paramLabel = "CODE", description = "Only these bodies (CFM, SUMMIT, COMCEC...).")
    List<String> bodies;

    @Option(names = "--session", split = ",", paramLabel = "BODY-N", description = "Only these sessions (CFM-49...).")
    List<String> sessions;

    @Option(names = "--from", paramLabel = "DATE", description = "From this day: 2023-03-16, 2023, 1444-08-24H, 1444H.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this day, in either calendar.")
    String to;

    @Option(names = "--by-date", description = "Newest first instead of most relevant first.")
    boolean byDate;

    @Option(names = "--page", defaultValue = "0", description = "Page, from 0.")
    int page;

    @Option(names = "--size", defaultValue = "10", description = "Results per page (1 to 100).")
    int size;

    @Option(names = "--public", description = "Search as the public does: public versions only.")
    boolean asPublic;

    @Override
    public Integer call() throws Exception {
        String query = words == null ? "" : String.join(" ", words);
        SearchRequest request;
        try {
            request = new SearchRequest(query, languages, bodies, sessions, null, null, null, null, from, to, byDate, page, size);
        } catch (IllegalArgumentException e) {
            System.err.println("diwan search: " + e.getMessage());
            return 2;
        }
        PrintStream out = System.out;
        try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
            context.getBean(SearchIndex.class).awaitCurrent();
            SearchResults results;
            try {
                results = context.getBean(Search.class).search(request, asPublic ? Admission.PUBLIC : Admission.EVERYTHING);
            } catch (IllegalArgumentException e) {
                System.err.println("diwan search: " + e.getMessage());
                return 2;
            }
            if (json) {
                out.println(context.getBean(JsonMapper.class).writeValueAsString(results));
            } else {
                HumanResults.print(results, out);
            }
            return 0;
        }
    }
}

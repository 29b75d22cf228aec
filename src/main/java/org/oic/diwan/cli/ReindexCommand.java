package org.oic.diwan.cli;

import java.util.concurrent.Callable;
import org.oic.diwan.search.SearchIndex;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./diwan reindex}: rebuilds the search index from the registry. */
@Command(
        name = "reindex",
        description = {
            "Rebuilds the search index from the registry into a new generation; searches, here and in a",
            "running server, keep using the old one until the new one is complete, then switch to it."
        },
        mixinStandardHelpOptions = true)
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
            SearchIndex index = context.getBean(SearchIndex.class);
            index.awaitCurrent();
            long started = System.nanoTime();
            int[] total = new int[1];
            ProgressBar[] bar = new ProgressBar[1];
            int documents;
            try {
                documents = index.rebuild(done -> {
                    if (bar[0] == null) {
                        total[0] = index.state().rebuildTotal();
                        bar[0] = new ProgressBar(System.err, "documents", total[0], Terminal.isInteractive());
                    }
                    bar[0].advanceTo(done);
                });
            } catch (IllegalStateException e) {
                System.err.println("diwan reindex: " + e.getMessage());
                return 1;
            } finally {
                if (bar[0] != null) {
                    bar[0].close();
                }
            }
            System.err.printf("%d documents indexed in %.1f s%n", documents, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}

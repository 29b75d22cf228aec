package org.oic.diwan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.oic.diwan.demo.GeneratedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./diwan generate --documents N --out DIR}: synthetic resolutions that {@code import} reads. */
@Command(
        name = "generate",
        description = "Writes synthetic but realistic resolutions, each in Arabic, English and French,"
                + " for demos and benchmarks. The same seed always gives the same files.",
        mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--documents", paramLabel = "N", required = true, description = "How many documents (three files each).")
    int documents;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the files.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2023", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (documents < 1) {
            System.err.println("diwan generate: --documents must be at least 1");
            return 2;
        }
        long files;
        try (ProgressBar progress = new ProgressBar(System.err, "documents", documents, Terminal.isInteractive())) {
            files = GeneratedCorpus.write(out, documents, seed, progress::advanceTo);
        }
        System.err.printf("%d documents, %d files written to %s%n", documents, files, out.toAbsolutePath().normalize());
        return 0;
    }
}

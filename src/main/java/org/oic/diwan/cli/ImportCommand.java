package org.oic.diwan.cli;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./diwan import PATH... [--json]}: registers files and folders, one outcome per file. */
@Command(
        name = "import",
        description = {
            "Imports files and folders (recursively) into the registry: .txt .md .html .pdf .docx .odt .doc.",
            "Each file ends imported, duplicate (same SHA-256 already registered) or rejected with a reason.",
            "Works while a server runs on the same data folder. Exit code 1 when a file was rejected."
        },
        mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--classification", paramLabel = "LEVEL", defaultValue = "restricted",
            description = "Who may see what is imported: public, restricted or confidential (default: ${DEFAULT-VALUE}).")
    String classification;

    @Option(names = "--json", description = "Print one JSON object per file (path, status, reason, documentId, language, sha256, symbol).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Optional<Classification> level = Classification.ofCode(classification);
        if (level.isEmpty()) {
            System.err.println("diwan import: --classification must be public, restricted or confidential, not " + classification);
            return 2;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.batch(dataFolder.resolve())) {
            Importer importer = context.getBean(Importer.class);
            JsonMapper mapper = context.getBean(JsonMapper.class);
            List<Path> files;
            try {
                files = importer.filesUnder(paths);
            } catch (NoSuchFileException e) {
                System.err.println("diwan import: " + e.getFile() + ": no such file or folder");
                return 2;
            }
            Map<FileOutcome.Status, Integer> counts = new EnumMap<>(FileOutcome.Status.class);
            boolean manyFiles = files.size() >= 10;
            try (ProgressBar progress = new ProgressBar(System.err, "files", files.size(),
                    manyFiles && Terminal.isInteractive())) {
                importer.importFiles(files, level.get(), outcome -> {
                    counts.merge(outcome.status(), 1, Integer::sum);
                    progress.clear();
                    out.println(json ? mapper.writeValueAsString(outcome) : humanLine(outcome));
                    out.flush();
                    progress.step();
                });
            }
            System.err.printf("%d imported, %d duplicate, %d rejected%n",
                    counts.getOrDefault(FileOutcome.Status.IMPORTED, 0),
                    counts.getOrDefault(FileOutcome.Status.DUPLICATE, 0),
                    counts.getOrDefault(FileOutcome.Status.REJECTED, 0));
            return counts.getOrDefault(FileOutcome.Status.REJECTED, 0) > 0 ? 1 : 0;
        }
    }

    private static String humanLine(FileOutcome outcome) {
        String detail = switch (outcome.status()) {
            case IMPORTED -> outcome.language() + "  " + (outcome.symbol() == null ? "(no symbol)" : outcome.symbol());
            case DUPLICATE -> "already registered as document " + outcome.documentId();
            case REJECTED -> outcome.reason();
        };
        return "%-9s %s  %s".formatted(outcome.status().label(), outcome.path(), detail);
    }
}

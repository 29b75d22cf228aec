package org.oic.diwan.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.oic.diwan.consistency.Finding;
import org.oic.diwan.consistency.Findings;
import org.oic.diwan.consistency.VersionLinks;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.text.ExtractionFailed;
import org.oic.diwan.text.Language;
import org.oic.diwan.text.LanguageDetector;
import org.oic.diwan.text.TextExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./diwan read FILE... [--json]}: reads resolutions without storing them, and reports what disagrees. */
@Command(
        name = "read",
        description = {
            "Reads files as resolutions without storing them: symbol, body, session, dates in both calendars,",
            "preamble and operative paragraphs, extraction damage, and findings. Files given together are",
            "linked into documents by what they say and cross-checked.",
            "Exit code 0: no error finding; 1: an error finding; 2: a file could not be read."
        },
        mixinStandardHelpOptions = true)
final class ReadCommand implements Callable<Integer> {

    @Mixin
    DataFolderOption dataFolder;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object per file (see docs/read.md).")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Versions read = readAll(files);
        List<ReadDocument> versions = read.versions();
        boolean unreadable = read.unreadable();
        boolean error = false;
        JsonMapper mapper = JsonMapper.builder().build();
        for (List<ReadDocument> document : VersionLinks.link(versions)) {
            List<Finding> findings = Findings.of(document);
            error |= Findings.anyError(findings);
            for (ReadDocument version : document) {
                if (json) {
                    out.println(mapper.writeValueAsString(ReadingReport.of(version, document, findings)));
                } else {
                    HumanReading.print(out, version, document, findings);
                }
            }
        }
        out.flush();
        return unreadable ? 2 : error ? 1 : 0;
    }

    /** The files given, read; whether any could not be. */
    record Versions(List<ReadDocument> versions, boolean unreadable) {}

    /** Reads every file as a resolution; one that cannot be read is said on stderr and left out. */
    static Versions readAll(List<Path> files) {
        TextExtractor extractor = new TextExtractor(50_000_000);
        List<ReadDocument> versions = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            Optional<ReadDocument> read = read(extractor, file);
            read.ifPresent(versions::add);
            unreadable |= read.isEmpty();
        }
        return new Versions(versions, unreadable);
    }

    /** A file read as a resolution; a file that cannot be read is said on stderr and left out. */
    private static Optional<ReadDocument> read(TextExtractor extractor, Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                System.err.println("diwan: " + file + ": no such file");
                return Optional.empty();
            }
            String text = extractor.extract(file, name).text();
            Optional<Language> language = LanguageDetector.detect(text);
            if (language.isEmpty()) {
                System.err.println("diwan: " + file + ": not in Arabic, English or French");
                return Optional.empty();
            }
            return Optional.of(ResolutionReader.read(name, text, language.get()));
        } catch (ExtractionFailed e) {
            System.err.println("diwan: " + file + ": " + e.reason());
            return Optional.empty();
        }
    }
}

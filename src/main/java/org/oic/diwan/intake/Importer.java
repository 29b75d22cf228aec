package org.oic.diwan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.oic.diwan.consistency.DocumentFindings;
import org.oic.diwan.intake.FileOutcome.Status;
import org.oic.diwan.reading.DocumentSymbol;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.registry.NewVersion;
import org.oic.diwan.registry.OriginalTooLarge;
import org.oic.diwan.registry.OriginalsStore;
import org.oic.diwan.registry.RegisteredOriginal;
import org.oic.diwan.registry.Registrar;
import org.oic.diwan.registry.Registration;
import org.oic.diwan.registry.StagedOriginal;
import org.oic.diwan.text.ExtractedText;
import org.oic.diwan.text.ExtractionFailed;
import org.oic.diwan.text.Language;
import org.oic.diwan.text.LanguageDetector;
import org.oic.diwan.text.TextExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports files: each one ends imported, duplicate or rejected with a reason, and a failure of
 * one never stops the others nor leaves anything half-stored.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final TextExtractor extractor;
    private final Registrar registrar;
    private final OriginalsStore originals;
    private final IntakeProperties properties;
    private final DocumentFindings findings;
    private final org.oic.diwan.access.Callers callers;

    Importer(Registrar registrar, OriginalsStore originals, IntakeProperties properties, DocumentFindings findings,
            org.oic.diwan.access.Callers callers) {
        this.callers = callers;
        this.extractor = new TextExtractor(
                properties.maxTextCharacters(), properties.effectiveThreads(), properties.extractionTimeout());
        this.registrar = registrar;
        this.originals = originals;
        this.properties = properties;
        this.findings = findings;
    }

    /** The regular files under these paths (folders recursively, hidden entries skipped), in name order. */
    public List<Path> filesUnder(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * Imports files in parallel, reporting each outcome in the order of the list.
     *
     * @param onOutcome called once per file, in list order, from the calling thread
     */
    public void importFiles(List<Path> files, Consumer<FileOutcome> onOutcome) {
        importFiles(files, Classification.DEFAULT, onOutcome);
    }

    /** Imports files in parallel under one classification, reporting each outcome in the order of the list. */
    public void importFiles(List<Path> files, Classification classification, Consumer<FileOutcome> onOutcome) {
        String actor = callers.current().name(); // workers run outside the caller's request
        int swept = registrar.sweepOriginals();
        if (swept > 0) {
            log.info("Removed {} files left by an interrupted import", swept);
        }
        try (ExecutorService workers = Executors.newFixedThreadPool(properties.effectiveThreads())) {
            List<Future<FileOutcome>> pending = new ArrayList<>(files.size());
            for (Path file : files) {
                pending.add(workers.submit(() -> importFile(file, classification, actor)));
            }
            for (int i = 0; i < pending.size(); i++) {
                onOutcome.accept(outcomeOf(files.get(i), pending.get(i)));
            }
        }
    }

    /** Imports one file from the file system, restricted. */
    public FileOutcome importFile(Path file) {
        return importFile(file, Classification.DEFAULT);
    }

    /** Imports one file from the file system under a classification. */
    public FileOutcome importFile(Path file, Classification classification) {
        return importFile(file, classification, callers.current().name());
    }

    private FileOutcome importFile(Path file, Classification classification, String actor) {
        String shown = FileNames.printable(file.toString());
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        Optional<String> nameProblem = FileNames.problem(name);
        if (nameProblem.isPresent()) {
            return FileOutcome.rejected(shown, nameProblem.get());
        }
        try {
            long size = Files.size(file);
            Optional<String> sizeProblem = sizeProblem(size);
            if (sizeProblem.isPresent()) {
                return FileOutcome.rejected(shown, sizeProblem.get());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return importStream(shown, name, in, classification, actor);
            }
        } catch (IOException e) {
            return FileOutcome.rejected(shown, "could not read the file: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(shown, e);
        }
    }

    /** Imports one uploaded file, under the name its sender gave, restricted. */
    public FileOutcome importUpload(String fileName, InputStream content) {
        return importUpload(fileName, content, Classification.DEFAULT);
    }

    /** Imports one uploaded file, under the name its sender gave and a classification. */
    public FileOutcome importUpload(String fileName, InputStream content, Classification classification) {
        String shown = fileName == null ? "" : FileNames.printable(fileName);
        Optional<String> nameProblem = FileNames.problem(fileName);
        if (nameProblem.isPresent()) {
            return FileOutcome.rejected(shown, nameProblem.get());
        }
        try {
            return importStream(shown, fileName, content, classification, callers.current().name());
        } catch (IOException e) {
            return FileOutcome.rejected(shown, "could not read the upload: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(shown, e);
        }
    }

    private FileOutcome importStream(String shown, String name, InputStream in, Classification classification, String actor)
            throws IOException {
        StagedOriginal staged;
        try {
            staged = originals.stage(in, properties.maxFileSize().toBytes());
        } catch (OriginalTooLarge e) {
            return FileOutcome.rejected(shown, e.getMessage());
        }
        try (staged) {
            if (staged.size() == 0) {
                return FileOutcome.rejected(shown, "empty file");
            }
            Optional<RegisteredOriginal> known = registrar.registeredOriginal(staged.sha256());
            if (known.isPresent()) {
                return duplicate(shown, known.get(), staged.sha256());
            }
            ExtractedText extracted;
            try {
                extracted = extractor.extract(staged.path(), name);
            } catch (ExtractionFailed e) {
                return FileOutcome.rejected(shown, e.reason(), staged.sha256());
            }
            LanguageDetector.Guess guess = LanguageDetector.guess(extracted.text());
            Optional<Language> language = Language.ofCode(guess.language());
            if (language.isEmpty()) {
                return FileOutcome.rejected(shown, unrecognizedLanguage(guess), staged.sha256());
            }
            ReadDocument read = ResolutionReader.read(name, extracted.text(), language.get());
            NewVersion version = newVersion(staged, extracted, name, language.get(), read, classification, actor);
            Registration registration = registrar.register(version);
            if (registration instanceof Registration.Registered registered) {
                refreshFindings(registered.documentId());
            }
            return switch (registration) {
                case Registration.Registered registered -> new FileOutcome(shown, Status.IMPORTED, null,
                        registered.documentId(), language.get().code(), staged.sha256(),
                        version.symbolPrinted());
                case Registration.AlreadyRegistered already -> duplicate(shown, already.original(), staged.sha256());
            };
        }
    }

    /** The version to register: the symbol decides body, session and year; what the text says fills the gaps. */
    private static NewVersion newVersion(StagedOriginal staged, ExtractedText extracted, String name, Language language,
            ReadDocument read, Classification classification, String actor) {
        DocumentSymbol symbol = read.symbol();
        ReadDocument.Session session = read.session();
        String body = symbol != null && symbol.bodyCode().isPresent() ? symbol.bodyCode().get()
                : read.body() != null ? read.body().code() : null;
        Integer ordinal = symbol != null && symbol.sessionOrdinal().isPresent() ? Integer.valueOf(symbol.sessionOrdinal().getAsInt())
                : session != null ? session.number() : null;
        Integer year = symbol != null && symbol.year().isPresent() ? Integer.valueOf(symbol.year().getAsInt())
                : session != null && session.gregorian() != null ? session.gregorian().from().getYear() : null;
        boolean extraordinary = (symbol != null && symbol.extraordinarySession()) || (session != null && session.extraordinary());
        return new NewVersion(staged, extracted.format().mediaType(), name, language, extracted.text(),
                symbol == null ? null : symbol.printed(), symbol == null ? null : symbol.key(),
                body, ordinal, extraordinary, year, StructureMapping.of(read), classification, actor);
    }

    /** Findings are derived: if they cannot be computed now, the next start does it; the import stands. */
    private void refreshFindings(UUID documentId) {
        try {
            findings.recompute(documentId);
        } catch (RuntimeException e) {
            log.warn("Findings of document {} left for later: {}", documentId, e.getMessage());
        }
    }

    /** A failure of Diwan itself (the database gone, say): the file is refused, nothing of it is kept. */
    private static FileOutcome failed(String shown, Throwable e) {
        log.error("Import of {} failed", shown, e);
        return FileOutcome.rejected(shown, "could not be registered: " + e.getMessage());
    }

    private FileOutcome duplicate(String shown, RegisteredOriginal original, String sha256) {
        return new FileOutcome(shown, Status.DUPLICATE, "the same file (SHA-256) is already registered",
                original.documentId(), original.language(), sha256, original.symbolPrinted());
    }

    private Optional<String> sizeProblem(long size) {
        if (size == 0) {
            return Optional.of("empty file");
        }
        long limit = properties.maxFileSize().toBytes();
        if (size > limit) {
            return Optional.of(new OriginalTooLarge(limit).getMessage() + " (the file has " + size + " bytes)");
        }
        return Optional.empty();
    }

    private static String unrecognizedLanguage(LanguageDetector.Guess guess) {
        if ("und".equals(guess.language())) {
            return "language not recognized: too little readable text to tell Arabic, English or French";
        }
        return "language not accepted: the text reads as '" + guess.language()
                + "'; Diwan registers Arabic, English and French versions";
    }

    private static FileOutcome outcomeOf(Path file, Future<FileOutcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            log.error("Import of {} failed", file, e.getCause());
            return FileOutcome.rejected(FileNames.printable(file.toString()),
                    "could not be registered: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileOutcome.rejected(FileNames.printable(file.toString()), "import interrupted");
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

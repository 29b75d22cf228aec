package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/** Writes a generated corpus to disk, one folder per 1,000 documents, using all cores. */
public final class GeneratedCorpus {

    static final int DOCUMENTS_PER_FOLDER = 1_000;

    // Small enough for frequent progress reports, large enough to keep task overhead negligible.
    private static final int DOCUMENTS_PER_TASK = 250;

    private GeneratedCorpus() {
    }

    /**
     * Writes documents {@code [0, count)} under {@code outDir} in UTF-8, calling {@code progress}
     * on the calling thread with the number of documents done so far, and returns the number of
     * files written. Existing files with the same names are overwritten; for a given seed and
     * index their content never changes.
     */
    public static long write(Path outDir, int count, long seed, IntConsumer progress) throws IOException {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(progress, "progress");
        if (count < 0) {
            throw new IllegalArgumentException("negative document count " + count);
        }
        ResolutionGenerator generator = new ResolutionGenerator(seed);
        for (int folder = 0; folder * DOCUMENTS_PER_FOLDER < count; folder++) {
            Files.createDirectories(outDir.resolve(ResolutionGenerator.relativePath(
                    folder * DOCUMENTS_PER_FOLDER, Language.EN, FileFormat.TXT)).getParent());
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "diwan-corpus-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
            int tasks = 0;
            for (int start = 0; start < count; start += DOCUMENTS_PER_TASK) {
                int from = start;
                int to = Math.min(count, start + DOCUMENTS_PER_TASK);
                completion.submit(() -> writeRange(generator, outDir, from, to));
                tasks++;
            }
            int done = 0;
            for (int i = 0; i < tasks; i++) {
                done += completion.take().get();
                progress.accept(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the corpus");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return 3L * count;
    }

    private static int writeRange(ResolutionGenerator generator, Path outDir, int from, int to) throws IOException {
        for (int index = from; index < to; index++) {
            for (GeneratedFile file : generator.document(index)) {
                Files.write(outDir.resolve(file.relativePath()), file.content().getBytes(StandardCharsets.UTF_8));
            }
        }
        return to - from;
    }

    private static IOException rethrow(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}

package org.oic.diwan.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the registry holds, row and file counts: two snapshots equal means an operation
 * changed nothing, which is what a refused file must do.
 */
public record RegistrySnapshot(long documents, long versions, long originals, long sessions, long outbox,
        long storedFiles, long stagingFiles, long pendingMarkers) {

    public static RegistrySnapshot of(JdbcClient jdbc, OriginalsStore store) {
        return new RegistrySnapshot(
                count(jdbc, "document"),
                count(jdbc, "version"),
                count(jdbc, "original"),
                count(jdbc, "session"),
                count(jdbc, "outbox"),
                files(store.root().resolve("sha256")),
                files(store.root().resolve(".staging")),
                files(store.root().resolve(".pending")));
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long files(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

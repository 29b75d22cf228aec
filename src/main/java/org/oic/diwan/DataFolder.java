package org.oic.diwan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one folder that holds everything a Diwan node keeps: PostgreSQL's data, the originals,
 * the indexes, the logs. {@code --data DIR}, {@code DIWAN_DATA} or {@code ./data}.
 */
@Component
public final class DataFolder {

    private final Path root;

    public DataFolder(@Value("${diwan.data:./data}") Path root) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the data folder " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** A sub-folder of the data folder, created if missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder + ": " + e.getMessage(), e);
        }
        return folder;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}

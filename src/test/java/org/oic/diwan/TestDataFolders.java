package org.oic.diwan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Fresh data folders under {@code target/test-data}, one per test context or test. */
public final class TestDataFolders {

    private TestDataFolders() {}

    public static Path create(String purpose) {
        try {
            Path folder = Path.of("target", "test-data", purpose + "-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectories(folder);
            return folder.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

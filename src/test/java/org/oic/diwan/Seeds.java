package org.oic.diwan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real documents that asked for Diwan, read from {@code ../shared/seeds}; they are never
 * copied into the repository. Tests that need them are skipped where the folder is absent.
 */
public final class Seeds {

    private Seeds() {}

    public static Path folder() {
        Path folder = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(folder), "the seeds are in ../shared/seeds");
        return folder;
    }

    /** The seed whose file name starts with this number ("000" to "004"). */
    public static Path file(String number) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String number) {
        try {
            return Files.readString(file(number), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.oic.diwan.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * The index folder: one sub-folder per generation ({@code g-000007}) and a {@code current} file
 * naming the one in use. A rebuild writes a new generation beside the old, which keeps serving,
 * then replaces {@code current} in one atomic rename; every process notices and switches.
 */
final class IndexGenerations {

    private static final Pattern NAME = Pattern.compile("g-\\d{6}");

    private final Path root;

    IndexGenerations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The generation in use, if one was ever completed. */
    Optional<String> current() {
        Path pointer = root.resolve("current");
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path folder(String generation) {
        return root.resolve(generation);
    }

    /** A name for a new generation, after every one present. */
    String next() throws IOException {
        Files.createDirectories(root);
        int highest = 0;
        for (String name : names()) {
            highest = Math.max(highest, Integer.parseInt(name.substring(2)));
        }
        return "g-%06d".formatted(highest + 1);
    }

    /** Makes a completed generation the one in use. */
    void makeCurrent(String generation) throws IOException {
        Path temporary = root.resolve("current.tmp");
        Files.writeString(temporary, generation + "\n", StandardCharsets.UTF_8);
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temporary, root.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, root.resolve("current"), StandardCopyOption.REPLACE_EXISTING);
        }
        IOUtils.fsync(root, true);
    }

    /** Removes every generation but the one in use (and any being built after it). */
    void removeOlderThan(String generation) {
        for (String name : names()) {
            if (name.compareTo(generation) < 0) {
                try {
                    IOUtils.rm(folder(name));
                } catch (IOException | RuntimeException e) {
                    // a reader elsewhere may still hold files open; the next switch tries again
                }
            }
        }
    }

    private List<String> names() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches())
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

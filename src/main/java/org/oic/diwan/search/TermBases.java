package org.oic.diwan.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oic.diwan.DataFolder;
import org.springframework.stereotype.Component;

/**
 * The term base in use: the one written with Diwan ({@code search/termbase.tsv}) and the entries
 * a person accepted for this registry ({@code terms/accepted.tsv} in the data folder).
 */
@Component
public class TermBases {

    private final Path accepted;
    private volatile TermBase current;
    private volatile long loadedStamp;
    private volatile long checkedAt;

    TermBases(DataFolder dataFolder) {
        this.accepted = dataFolder.root().resolve("terms").resolve("accepted.tsv");
        reload();
    }

    /** The term base, read again when the accepted entries changed (checked every few seconds). */
    TermBase current() {
        long now = System.currentTimeMillis();
        if (now - checkedAt > 5000) {
            checkedAt = now;
            if (stamp() != loadedStamp) {
                reload();
            }
        }
        return current;
    }

    private long stamp() {
        try {
            return Files.isRegularFile(accepted) ? Files.getLastModifiedTime(accepted).toMillis() ^ Files.size(accepted) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The file of accepted entries, in the term base's format. */
    public Path acceptedFile() {
        return accepted;
    }

    /** Reads the accepted entries again (after {@code ./diwan terms accept}). */
    public synchronized void reload() {
        long stamp = stamp();
        current = load();
        loadedStamp = stamp;
    }

    /**
     * Adds reviewed entries (term base format) to the accepted ones, after checking them all.
     *
     * @return how many concepts were added
     * @throws IllegalArgumentException when a line is not in the term base's format
     */
    public synchronized int accept(Path reviewed) throws IOException {
        List<TermBase.Concept> concepts;
        try (BufferedReader reader = Files.newBufferedReader(reviewed, StandardCharsets.UTF_8)) {
            concepts = TermBase.parse(reader);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        StringBuilder lines = new StringBuilder();
        for (TermBase.Concept concept : concepts) {
            lines.append(concept.id()).append('\t')
                    .append(String.join(" | ", concept.variants().getOrDefault(org.oic.diwan.text.Language.EN, List.of()))).append('\t')
                    .append(String.join(" | ", concept.variants().getOrDefault(org.oic.diwan.text.Language.FR, List.of()))).append('\t')
                    .append(String.join(" | ", concept.variants().getOrDefault(org.oic.diwan.text.Language.AR, List.of()))).append('\n');
        }
        Files.createDirectories(accepted.getParent());
        Files.writeString(accepted, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        reload();
        return concepts.size();
    }

    private TermBase load() {
        List<TermBase.Concept> concepts = new ArrayList<>(TermBase.load().concepts());
        if (Files.isRegularFile(accepted)) {
            try (BufferedReader reader = Files.newBufferedReader(accepted, StandardCharsets.UTF_8)) {
                concepts.addAll(TermBase.parse(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TermBase(concepts);
    }
}

package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The real resolutions in {@code ../shared/seeds} taught the genre; none of their wording may
 * reach the generated documents. Checks every run of eight consecutive seed words.
 */
class SeedOverlapTests {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final int RUN = 8;
    private static final int DOCUMENTS = 3_000;

    @Test
    void noEightWordRunOfASeedAppearsInGeneratedDocuments() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed folder " + SEEDS.toAbsolutePath() + " is absent");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!seeds.isEmpty(), "no seed files");

        Set<String> rawRuns = new HashSet<>();
        Set<String> normalizedRuns = new HashSet<>();
        for (Path seed : seeds) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            rawRuns.addAll(runs(DocumentText.rawWords(text)));
            normalizedRuns.addAll(runs(DocumentText.normalizedWords(text)));
        }

        ResolutionGenerator generator = new ResolutionGenerator(20_240_317L);
        Set<String> copied = new TreeSet<>();
        for (int index = 0; index < DOCUMENTS; index++) {
            for (GeneratedFile file : generator.document(index)) {
                String text = DocumentText.plain(file.content());
                copied.addAll(found(DocumentText.rawWords(text), rawRuns, file));
                copied.addAll(found(DocumentText.normalizedWords(text), normalizedRuns, file));
            }
        }
        assertThat(copied).as("runs of %d seed words found in generated documents", RUN).isEmpty();
    }

    private static List<String> runs(List<String> words) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    private static List<String> found(List<String> words, Set<String> seedRuns, GeneratedFile file) {
        Function<String, String> where = run -> file.relativePath() + ": " + run;
        return runs(words).stream().filter(seedRuns::contains).map(where).toList();
    }
}

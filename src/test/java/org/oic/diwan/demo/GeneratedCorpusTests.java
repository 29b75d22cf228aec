package org.oic.diwan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCorpusTests {

    private static final long SEED = 7L;

    @Test
    void writesThreeFilesPerDocumentInFoldersOfAThousandDocuments(@TempDir Path out) throws IOException {
        List<Integer> progress = new ArrayList<>();

        long written = GeneratedCorpus.write(out, 2_000, SEED, progress::add);

        assertThat(written).isEqualTo(6_000);
        List<Path> folders;
        try (Stream<Path> entries = Files.list(out)) {
            folders = entries.sorted().toList();
        }
        assertThat(folders).extracting(folder -> folder.getFileName().toString()).containsExactly("000", "001");
        long total = 0;
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                long count = files.count();
                assertThat(count).isLessThanOrEqualTo(3_000);
                total += count;
            }
        }
        assertThat(total).isEqualTo(6_000);
        assertThat(progress).isSorted().last().isEqualTo(2_000);
    }

    @Test
    void writesExactlyWhatTheGeneratorProducesAndCanBeRunAgain(@TempDir Path out) throws IOException {
        GeneratedCorpus.write(out, 30, SEED, done -> { });
        GeneratedCorpus.write(out, 30, SEED, done -> { });

        ResolutionGenerator generator = new ResolutionGenerator(SEED);
        for (int index : new int[] {0, 17, 29}) {
            for (GeneratedFile file : generator.document(index)) {
                assertThat(Files.readString(out.resolve(file.relativePath()), StandardCharsets.UTF_8))
                        .isEqualTo(file.content());
            }
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(90);
        }
    }

    @Test
    void anEmptyCorpusWritesNothing(@TempDir Path out) throws IOException {
        assertThat(GeneratedCorpus.write(out, 0, SEED, done -> { })).isZero();
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).isEmpty();
        }
    }
}

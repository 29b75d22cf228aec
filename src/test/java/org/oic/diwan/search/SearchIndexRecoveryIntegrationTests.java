package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oic.diwan.DiwanApplication;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index is derived, never the truth: deleted or damaged, it comes back complete at the next
 * start; rebuilt, it keeps answering while the new generation is written.
 */
class SearchIndexRecoveryIntegrationTests {

    private static final List<String> QUERIES = List.of("رقمي", "numérique", "digital transformation", "CFM-38", "");

    @Test
    void aDeletedOrCorruptedIndexComesBackComplete() throws Exception {
        Path data = TestDataFolders.create("search-recovery");
        List<Integer> expected;
        try (ConfigurableApplicationContext diwan = start(data)) {
            Importer importer = diwan.getBean(Importer.class);
            for (String seed : List.of("000", "001", "002", "003", "004")) {
                importer.importFile(Seeds.file(seed), Classification.PUBLIC);
            }
            expected = totals(diwan);
        }
        assertThat(expected).allSatisfy(total -> assertThat(total).isPositive());

        deleteRecursively(data.resolve("index"));
        try (ConfigurableApplicationContext diwan = start(data)) {
            assertThat(totals(diwan)).as("after deleting the index").isEqualTo(expected);
        }

        corrupt(largestFile(data.resolve("index")));
        try (ConfigurableApplicationContext diwan = start(data)) {
            assertThat(totals(diwan)).as("after corrupting the index").isEqualTo(expected);
        }

        Path current = data.resolve("index").resolve(Files.readString(data.resolve("index/current")).strip());
        try (Stream<Path> files = Files.list(current)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        try (ConfigurableApplicationContext diwan = start(data)) {
            assertThat(totals(diwan)).as("after damaging the commit point").isEqualTo(expected);
        }
    }

    @Test
    void searchesGoOnWhileTheIndexIsRebuilt() throws Exception {
        Path data = TestDataFolders.create("search-rebuild");
        try (ConfigurableApplicationContext diwan = start(data)) {
            Importer importer = diwan.getBean(Importer.class);
            for (String seed : List.of("000", "001", "002", "003", "004")) {
                importer.importFile(Seeds.file(seed), Classification.PUBLIC);
            }
            List<Integer> expected = totals(diwan);
            SearchIndex index = diwan.getBean(SearchIndex.class);
            AtomicBoolean done = new AtomicBoolean();
            List<List<Integer>> seen = new ArrayList<>();
            CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
                while (!done.get()) {
                    seen.add(totalsNow(diwan));
                }
            });
            for (int i = 0; i < 3; i++) {
                index.rebuild(count -> {});
            }
            done.set(true);
            searching.get();
            assertThat(seen).isNotEmpty().allSatisfy(totals -> assertThat(totals).isEqualTo(expected));
            try (Stream<Path> generations = Files.list(data.resolve("index"))) {
                assertThat(generations.filter(p -> p.getFileName().toString().startsWith("g-")).count())
                        .as("old generations are removed").isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(DiwanApplication.class).web(WebApplicationType.NONE).run("--diwan.data=" + data);
    }

    private static List<Integer> totals(ConfigurableApplicationContext diwan) {
        diwan.getBean(SearchIndex.class).awaitCurrent();
        return totalsNow(diwan);
    }

    private static List<Integer> totalsNow(ConfigurableApplicationContext diwan) {
        Search search = diwan.getBean(Search.class);
        return QUERIES.stream().map(q -> search.search(SearchRequest.of(q), org.oic.diwan.registry.Admission.PUBLIC).total()).toList();
    }

    private static Path largestFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    /** Overwrites bytes in the middle of a file, as a failing disk would. */
    private static void corrupt(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            raf.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0, 0, 0, 0});
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

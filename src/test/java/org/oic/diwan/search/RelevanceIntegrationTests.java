package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.demo.GeneratedCorpus;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Relevance, measured: the judged queries of {@code search/judged-queries.tsv} (written by us, in
 * the three languages, each with the resolutions that must come first) over the seeds and 200
 * generated documents. Reports MRR and nDCG@10 in {@code target/relevance.md} and fails under
 * the floors below.
 *
 * <p>The floors, 0.85 for both: at MRR 0.85 the first right answer is, on average, at the top
 * (a miss costs a query 1.0, a second place 0.5); measured at 0.96 and 0.94 when the set was
 * written, they sit about a tenth below, so that losing three or four queries' first place fails
 * the build, while an honest change that reorders one query does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RelevanceIntegrationTests {

    static final double MRR_FLOOR = 0.85;
    static final double NDCG_FLOOR = 0.85;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("relevance").toString());
    }

    @Autowired
    Importer importer;

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @TempDir
    Path corpus;

    record Judged(String query, String language, List<String> relevant) {}

    @Test
    void judgedQueriesFindTheirResolutionsFirst() throws IOException {
        GeneratedCorpus.write(corpus, 200, 2023, done -> {});
        List<Path> files = new ArrayList<>(importer.filesUnder(List.of(Seeds.folder(), corpus)));
        importer.importFiles(files, Classification.PUBLIC, outcome -> {});
        index.awaitCurrent();

        List<Judged> judged = judged();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
        StringBuilder report = new StringBuilder("| query | lang | RR | nDCG@10 | first results |\n|---|---|---|---|---|\n");
        double rrSum = 0;
        double ndcgSum = 0;
        for (Judged j : judged) {
            List<String> found = search.search(SearchRequest.of(j.query()), org.oic.diwan.registry.Admission.PUBLIC).hits().stream()
                    .map(RelevanceIntegrationTests::identifier).toList();
            double rr = reciprocalRank(found, j.relevant());
            double ndcg = ndcg(found, j.relevant());
            rrSum += rr;
            ndcgSum += ndcg;
            report.append("| %s | %s | %.2f | %.2f | %s |%n".formatted(j.query().replace("|", "\\|"), j.language(), rr, ndcg,
                    String.join(" ", found.subList(0, Math.min(3, found.size())))));
        }
        double mrr = rrSum / judged.size();
        double ndcg = ndcgSum / judged.size();
        String summary = "MRR %.3f (floor %.2f), nDCG@10 %.3f (floor %.2f) over %d judged queries%n".formatted(
                mrr, MRR_FLOOR, ndcg, NDCG_FLOOR, judged.size());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance.md"), summary + "\n" + report, StandardCharsets.UTF_8);
        System.out.print(summary);
        assertThat(mrr).as(summary).isGreaterThanOrEqualTo(MRR_FLOOR);
        assertThat(ndcg).as(summary).isGreaterThanOrEqualTo(NDCG_FLOOR);
    }

    /** As the judged file names results: SYMBOLKEY#NUMBERKEY, or the position of an unnumbered resolution. */
    static String identifier(SearchResults.Hit hit) {
        String document = hit.symbolKey() != null ? hit.symbolKey() : hit.best().file().split("[_\\-.]", 2)[0];
        String resolution = hit.resolutionKey().startsWith("#") ? hit.resolutionKey().substring(1) : hit.resolutionKey();
        return document + "#" + resolution;
    }

    static double reciprocalRank(List<String> found, List<String> relevant) {
        for (int i = 0; i < found.size(); i++) {
            if (relevant.contains(found.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Binary gains: every listed resolution is relevant, wherever it is listed. */
    static double ndcg(List<String> found, List<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, found.size()); i++) {
            if (relevant.contains(found.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static List<Judged> judged() throws IOException {
        List<Judged> judged = new ArrayList<>();
        try (var in = RelevanceIntegrationTests.class.getResourceAsStream("/search/judged-queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                judged.add(new Judged(columns[0], columns[1].toLowerCase(Locale.ROOT),
                        Arrays.stream(columns[2].split(" ")).filter(s -> !s.isBlank()).toList()));
            }
        }
        return judged;
    }
}

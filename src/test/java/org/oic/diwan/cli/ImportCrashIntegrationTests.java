package org.oic.diwan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oic.diwan.DiwanApplication;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.demo.GeneratedCorpus;
import org.oic.diwan.registry.OriginalsStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code kill -9} in the middle of importing 2,000 generated documents (6,000 files): every
 * file that was acknowledged is there with its original, nothing is left half-stored, and a
 * second import completes the rest.
 */
class ImportCrashIntegrationTests {

    private static final int DOCUMENTS = 2000;
    private static final int FILES = DOCUMENTS * 3;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whatWasAcknowledgedSurvivesAKillAndASecondImportCompletesTheRest() throws Exception {
        Path data = TestDataFolders.create("crash");
        Path corpus = TestDataFolders.create("crash-corpus");
        GeneratedCorpus.write(corpus, DOCUMENTS, 7, done -> {});

        // The first import, killed with SIGKILL once a few hundred files are acknowledged.
        Process first = diwan("import", corpus.toString(), "--json", "--data", data.toString());
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> readLines(first, acknowledged));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (acknowledged.size() < 400 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("the import was still running when killed").isTrue();
        first.destroyForcibly();
        first.waitFor(60, TimeUnit.SECONDS);
        reader.join();
        List<JsonNode> imported = acknowledged.stream().map(json::readTree)
                .filter(line -> line.get("status").asString().equals("imported")).toList();
        assertThat(imported).hasSizeGreaterThanOrEqualTo(400).hasSizeLessThan(FILES);

        // The restart: what was acknowledged is there, verified, and nothing is orphaned.
        try (ConfigurableApplicationContext restarted = start(data)) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            OriginalsStore originals = restarted.getBean(OriginalsStore.class);
            for (JsonNode line : imported) {
                String sha = line.get("sha256").asString();
                assertThat(jdbc.sql("select document_id::text from version where original_sha256 = ?").param(sha)
                        .query(String.class).optional()).as(line.get("path").asString()).contains(line.get("documentId").asString());
                originals.verify(sha);
            }
            assertNothingOrphaned(jdbc, originals);
        }

        // The second import completes the rest; what the first one registered is a duplicate now.
        Process second = diwan("import", corpus.toString(), "--json", "--data", data.toString());
        List<String> lines = new ArrayList<>();
        readLines(second, lines);
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isZero();
        List<String> statuses = lines.stream().map(l -> json.readTree(l).get("status").asString()).toList();
        assertThat(statuses).hasSize(FILES).doesNotContain("rejected");
        assertThat(statuses.stream().filter("duplicate"::equals).count()).isGreaterThanOrEqualTo(imported.size());

        try (ConfigurableApplicationContext finished = start(data)) {
            JdbcClient jdbc = finished.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from version").query(Long.class).single()).isEqualTo(FILES);
            assertThat(jdbc.sql("select count(*) from document").query(Long.class).single()).isEqualTo(DOCUMENTS);
            assertNothingOrphaned(jdbc, finished.getBean(OriginalsStore.class));
        }
    }

    private static void assertNothingOrphaned(JdbcClient jdbc, OriginalsStore originals) throws IOException {
        Set<String> stored = new HashSet<>();
        try (Stream<Path> files = Files.walk(originals.root().resolve("sha256"))) {
            files.filter(Files::isRegularFile).forEach(f -> stored.add(f.getFileName().toString()));
        }
        Set<String> registered = new HashSet<>(jdbc.sql("select sha256 from original").query(String.class).list());
        assertThat(stored).as("original files without a row, or rows without a file").isEqualTo(registered);
        assertThat(jdbc.sql("select count(*) from original o where not exists (select 1 from version v where v.original_sha256 = o.sha256)")
                .query(Long.class).single()).as("originals without a version").isZero();
        assertThat(jdbc.sql("select count(*) from document d where not exists (select 1 from version v where v.document_id = d.id)")
                .query(Long.class).single()).as("documents without a version").isZero();
        assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single())
                .as("one event per version").isEqualTo(jdbc.sql("select count(*) from version").query(Long.class).single());
        try (Stream<Path> staging = Files.list(originals.root().resolve(".staging"));
                Stream<Path> pending = Files.list(originals.root().resolve(".pending"))) {
            assertThat(staging.count() + pending.count()).as("staging or pending leftovers").isZero();
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(DiwanApplication.class)
                .web(WebApplicationType.NONE)
                .run("--diwan.data=" + data);
    }

    private static Process diwan(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                DiwanCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void readLines(Process process, List<String> into) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("{") && line.endsWith("}")) { // a line cut by the kill was never acknowledged
                    into.add(line);
                }
            }
        } catch (IOException e) {
            // the process was killed: what was read is what was acknowledged
        }
    }
}

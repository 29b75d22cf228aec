package org.oic.diwan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.FileOutcome.Status;
import org.oic.diwan.registry.OriginalsStore;
import org.oic.diwan.registry.RegistrySnapshot;
import org.oic.diwan.text.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each kind of bad input gets a clear reason and changes nothing: no row, no original, no
 * staging leftover; and the good files of the same import go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BadInputIntegrationTests {

    private static final long LIMIT = 256 * 1024;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("bad-input").toString());
        registry.add("diwan.intake.max-file-size", () -> LIMIT + "B");
    }

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OriginalsStore originals;

    @TempDir
    Path folder;

    @Test
    void anEmptyFile() {
        assertRefused(TestFiles.empty(folder), "empty file");
    }

    @Test
    void anUnknownFormat() {
        assertRefused(TestFiles.image(folder), "unsupported format image/png");
    }

    @Test
    void aFileOverTheLimit() throws Exception {
        Path big = folder.resolve("big.txt");
        Files.writeString(big, "The Council requests the member states to act. ".repeat(6000));
        assertThat(Files.size(big)).isGreaterThan(LIMIT);
        assertRefused(big, "file too large");
    }

    @Test
    void anUploadOverTheLimitIsCutOffWhileStreaming() {
        // An upload's size is known only once read: staging stops at the limit and keeps nothing.
        RegistrySnapshot before = snapshot();
        byte[] big = "The Council requests the member states to act. ".repeat(6000).getBytes(StandardCharsets.UTF_8);
        FileOutcome outcome = importer.importUpload("big.txt", new ByteArrayInputStream(big));
        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.reason()).contains("file too large").contains("256 KB");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCorruptPdf() {
        assertRefused(TestFiles.corruptPdf(folder), "corrupt");
    }

    @Test
    void anEncryptedPdf() {
        assertRefused(TestFiles.encryptedPdf(folder), "encrypted");
    }

    @Test
    void aZipBombInsideADocx() {
        // The bomb itself is small (its 100 MB are inflated only when read), so it passes the size limit.
        assertRefused(TestFiles.zipBombDocx(folder), "bomb");
    }

    @Test
    void aFileNameWithControlCharacters() throws Exception {
        Path hostile = folder.resolve("resolution\nimported  forged.txt");
        Files.writeString(hostile, "The Council of Foreign Ministers requests the Secretary General to report on the matter.");
        FileOutcome outcome = assertRefused(hostile, "control character");
        assertThat(outcome.path()).doesNotContain("\n").contains("\\u000A");
    }

    @Test
    void anUploadNamedToClimbOutOfItsFolder() {
        RegistrySnapshot before = snapshot();
        FileOutcome outcome = importer.importUpload("../../etc/cron.d/resolution.txt",
                new ByteArrayInputStream("The Council requests the Secretary General to report on the matter."
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.reason()).contains("../");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aTextInAnotherLanguage() throws Exception {
        Path spanish = folder.resolve("resolucion.txt");
        Files.writeString(spanish, "El Consejo pide a los Estados miembros que apoyen el programa de la Organización con sus recursos.");
        assertRefused(spanish, "language not accepted");
    }

    @Test
    void theOtherFilesOfTheImportGoOn() throws Exception {
        Path good = folder.resolve("good");
        Files.createDirectories(good);
        TestFiles.fixture("resolution-en.odt", good);
        TestFiles.empty(good);
        TestFiles.corruptPdf(good);
        TestFiles.fixture("resolution-fr.docx", good);
        TestFiles.image(good);
        RegistrySnapshot before = snapshot();

        List<FileOutcome> outcomes = new ArrayList<>();
        importer.importFiles(importer.filesUnder(List.of(good)), outcomes::add);

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o.status() == Status.IMPORTED)
                .extracting(o -> Path.of(o.path()).getFileName().toString())
                .containsExactlyInAnyOrder("resolution-en.odt", "resolution-fr.docx");
        assertThat(outcomes).filteredOn(o -> o.status() == Status.REJECTED).hasSize(3)
                .allSatisfy(o -> assertThat(o.reason()).isNotBlank());
        RegistrySnapshot after = snapshot();
        assertThat(after.versions()).isEqualTo(before.versions() + 2);
        assertThat(after.storedFiles()).isEqualTo(before.storedFiles() + 2);
        assertThat(after.stagingFiles()).isZero();
        assertThat(after.pendingMarkers()).isZero();
    }

    private FileOutcome assertRefused(Path file, String reason) {
        RegistrySnapshot before = snapshot();
        FileOutcome outcome = importer.importFile(file);
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(Status.REJECTED);
        assertThat(outcome.reason()).containsIgnoringCase(reason);
        assertThat(outcome.documentId()).isNull();
        assertThat(snapshot()).isEqualTo(before);
        return outcome;
    }

    private RegistrySnapshot snapshot() {
        return RegistrySnapshot.of(jdbc, originals);
    }
}

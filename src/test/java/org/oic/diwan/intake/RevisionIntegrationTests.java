package org.oic.diwan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.FileOutcome.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A corrected file of a version already registered becomes its next revision; nothing is overwritten. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RevisionIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("revisions").toString());
    }

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void aCorrectedVersionIsTheNextRevisionOfTheSameDocument() throws Exception {
        Path first = folder.resolve("res-en.txt");
        Files.writeString(first, "OIC/CFM-50/2024/LEG/RES/FINAL\n\nThe Council requests the Secretary General to report on the matter to the next session.");
        Path corrected = folder.resolve("res-en-corrected.txt");
        Files.writeString(corrected, "OIC/CFM-50/2024/LEG/FINAL\n\nThe Council requests the Secretary General to report on this matter to its next session.");

        FileOutcome one = importer.importFile(first);
        FileOutcome two = importer.importFile(corrected);

        assertThat(one.status()).isEqualTo(Status.IMPORTED);
        assertThat(two.status()).isEqualTo(Status.IMPORTED);
        assertThat(two.documentId()).isEqualTo(one.documentId());
        assertThat(jdbc.sql("select revision from version where document_id = ? order by revision")
                .param(one.documentId()).query(Integer.class).list()).containsExactly(1, 2);
    }
}

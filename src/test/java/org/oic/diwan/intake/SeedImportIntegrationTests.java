package org.oic.diwan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.FileOutcome.Status;
import org.oic.diwan.registry.OriginalsStore;
import org.oic.diwan.registry.RegistrySnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The five seeds, imported into an empty registry, then once more. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedImportIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("seeds").toString());
    }

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OriginalsStore originals;

    @Test
    void fiveVersionsWithTheirLanguagesAndSymbolsThenFiveDuplicates() throws Exception {
        List<FileOutcome> first = importAll();

        assertThat(first).extracting(FileOutcome::status).containsOnly(Status.IMPORTED);
        assertThat(first).extracting(FileOutcome::language).containsExactly("ar", "fr", "en", "ar", "ar");
        assertThat(first).extracting(FileOutcome::symbol).containsExactly(
                "OIC/CFM-49/2023/IT /FINAL. RES",
                "OIC/CFM-49/2023/IT/RES/FINAL",
                "OIC/CFM-49/2023/IT/FINAL",
                "OIC/CFM-38/2011/INF/RES/FINAL",
                null);
        // The three language versions of resolution 1/49-IT are one document.
        assertThat(first.get(1).documentId()).isEqualTo(first.get(0).documentId());
        assertThat(first.get(2).documentId()).isEqualTo(first.get(0).documentId());
        assertThat(first.get(3).documentId()).isNotEqualTo(first.get(0).documentId());
        assertThat(first.get(4).documentId()).isNotIn(first.get(0).documentId(), first.get(3).documentId());

        RegistrySnapshot afterFirst = RegistrySnapshot.of(jdbc, originals);
        assertThat(afterFirst.documents()).isEqualTo(3);
        assertThat(afterFirst.versions()).isEqualTo(5);
        assertThat(afterFirst.storedFiles()).isEqualTo(5);
        assertThat(afterFirst.outbox()).isEqualTo(5);
        assertThat(jdbc.sql("select d.body_code || '-' || s.ordinal from document d join session s on s.id = d.session_id order by 1")
                .query(String.class).list()).containsExactly("CFM-38", "CFM-49", "COMCEC-38"); // 004 names its session in its text

        List<FileOutcome> second = importAll();

        assertThat(second).extracting(FileOutcome::status).containsOnly(Status.DUPLICATE);
        assertThat(second).extracting(FileOutcome::documentId)
                .containsExactlyElementsOf(first.stream().map(FileOutcome::documentId).toList());
        assertThat(RegistrySnapshot.of(jdbc, originals)).isEqualTo(afterFirst);
    }

    private List<FileOutcome> importAll() throws Exception {
        List<FileOutcome> outcomes = new ArrayList<>();
        importer.importFiles(importer.filesUnder(List.of(Seeds.folder())), outcomes::add);
        return outcomes;
    }
}

package org.oic.diwan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.consistency.DocumentFindings;
import org.oic.diwan.registry.DocumentDetail;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.StoredParagraph;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Import reads each version: its structure is stored, versions link by what they say, findings follow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ReadingAtImportIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("reading").toString());
    }

    @Autowired
    Importer importer;

    @Autowired
    Documents documents;

    @Autowired
    DocumentFindings findings;

    @TempDir
    Path folder;

    @Test
    void aVersionWithoutItsSymbolStillJoinsItsDocument() throws Exception {
        FileOutcome arabic = importer.importFile(Seeds.file("000"));
        FileOutcome english = importer.importFile(Seeds.file("002"));
        // The French version with its symbol line cut off, under a name that says nothing:
        String french = Seeds.text("001");
        String symbol = "OIC/CFM-49/2023/IT/RES/FINAL";
        assertThat(french).contains(symbol);
        Path unnamed = folder.resolve("scan-0042.txt");
        Files.writeString(unnamed, french.replace(symbol, ""));
        FileOutcome frenchWithoutSymbol = importer.importFile(unnamed);

        assertThat(english.documentId()).isEqualTo(arabic.documentId());
        assertThat(frenchWithoutSymbol.status()).isEqualTo(FileOutcome.Status.IMPORTED);
        assertThat(frenchWithoutSymbol.documentId()).as("linked by body, session and resolution number")
                .isEqualTo(arabic.documentId());

        UUID document = arabic.documentId();
        DocumentDetail detail = documents.find(document).orElseThrow();
        assertThat(detail.kind()).isEqualTo("resolution");
        assertThat(detail.versions()).extracting(v -> v.language()).containsExactlyInAnyOrder("ar", "en", "fr");
        assertThat(findings.of(document)).extracting(DocumentFindings.StoredFinding::kind)
                .contains("session-reference-mismatch", "body-mismatch");

        List<StoredParagraph> paragraphs = documents.paragraphs(detail.versions().get(0).versionId());
        assertThat(paragraphs).filteredOn(p -> p.kind().equals("operative")).hasSize(5)
                .allSatisfy(p -> assertThat(p.verb()).isNotNull());
        for (int i = 1; i < paragraphs.size(); i++) {
            assertThat(paragraphs.get(i).start()).isEqualTo(paragraphs.get(i - 1).end());
        }
    }

    @Autowired
    org.oic.diwan.registry.Registrar registrar;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void versionsReadByAnOlderReaderAreReadAgain() {
        FileOutcome english = importer.importFile(Seeds.file("002"));
        UUID version = documents.find(english.documentId()).orElseThrow().versions().get(0).versionId();
        // as an older reader would have left it: nothing read, another edition
        jdbc.sql("delete from paragraph where version_id = ?").param(version).update();
        jdbc.sql("delete from resolution where version_id = ?").param(version).update();
        jdbc.sql("update version set read_edition = 'older' where id = ?").param(version).update();

        int reread = new Rereading(documents, registrar, findings).rereadAll();

        assertThat(reread).isGreaterThanOrEqualTo(1);
        assertThat(documents.resolutions(version)).hasSize(1);
        assertThat(documents.paragraphs(version)).filteredOn(p -> p.kind().equals("operative")).hasSize(5);
        assertThat(new Rereading(documents, registrar, findings).rereadAll()).isZero();
    }

    @Test
    void theResolutionSetAndTheDamagedDeclaration() {
        FileOutcome set = importer.importFile(Seeds.file("003"));
        FileOutcome declaration = importer.importFile(Seeds.file("004"));

        DocumentDetail resolutions = documents.find(set.documentId()).orElseThrow();
        assertThat(resolutions.kind()).isEqualTo("resolution-set");
        assertThat(documents.resolutions(resolutions.versions().get(0).versionId())).hasSize(4);
        assertThat(findings.of(set.documentId())).extracting(DocumentFindings.StoredFinding::kind)
                .contains("hijri-gregorian-mismatch", "numbering-start");

        DocumentDetail damaged = documents.find(declaration.documentId()).orElseThrow();
        assertThat(damaged.kind()).isEqualTo("declaration");
        assertThat(damaged.body().code()).isEqualTo("COMCEC");
        assertThat(damaged.versions().get(0).extractionSuspect()).isTrue();
        assertThat(damaged.versions().get(0).suspectReason()).contains("reverse order");
    }
}

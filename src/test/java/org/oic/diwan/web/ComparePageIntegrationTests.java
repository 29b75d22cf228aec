package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.access.PasswordChange;
import org.oic.diwan.access.People;
import org.oic.diwan.access.Role;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.registry.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The side-by-side view over real HTTP: the 2023 IT resolution (seeds 000 Arabic, 001 French,
 * 002 English) in three columns, each with its language and direction, operative paragraph 5 of
 * each language on one row with the session-reference finding marked in each column; the
 * chosen languages and their order; what the public may not read is not there; an unknown
 * language is a 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparePageIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("compare-page").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Documents documents;

    @Autowired
    People people;

    @Autowired
    PasswordChange passwordChange;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();
    private UUID resolution;

    @BeforeAll
    void theItResolutionInItsThreeLanguages() {
        List<UUID> ids = new ArrayList<>();
        for (String seed : List.of("000", "001", "002")) {
            FileOutcome outcome = importer.importFile(Seeds.file(seed), Classification.PUBLIC);
            assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
            ids.add(outcome.documentId());
        }
        assertThat(Set.copyOf(ids)).as("the three versions are one document").hasSize(1);
        resolution = ids.get(0);
    }

    @Test
    void threeColumnsOperativeParagraphsAlignedAndTheSessionFindingMarkedInEach() throws Exception {
        String page = get("/documents/" + resolution + "/compare?lang=ar&lang=fr&lang=en", "en").body();
        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">");
        // the columns in the order asked for
        assertThat(page).containsSubsequence("data-lang=\"ar\"", "data-lang=\"fr\"", "data-lang=\"en\"");
        // rows aligned one to one: operative 1 to 5, in order, one cell per language in each
        assertThat(page).containsSubsequence("id=\"r1-title\"", "id=\"r1-preamble\"", "id=\"r1-op1\"", "id=\"r1-op2\"",
                "id=\"r1-op3\"", "id=\"r1-op4\"", "id=\"r1-op5\"");
        List<String> fifth = cells(row(page, "r1-op5"));
        assertThat(fifth).hasSize(3);
        assertThat(fifth.get(0)).startsWith("<td lang=\"ar\" dir=\"rtl\"").contains("يطلب من الأمين العام متابعة تنفيذ هذا القرار");
        assertThat(fifth.get(1)).startsWith("<td lang=\"fr\" dir=\"ltr\"").contains("DEMANDE au Secrétaire général de faire rapport");
        assertThat(fifth.get(2)).startsWith("<td lang=\"en\" dir=\"ltr\"").contains("Requests the Secretary General to report");
        for (String cell : fifth) {
            // marked with a visible sign and its message (in the page's language, not the column's), linked to the list
            assertThat(cell).contains("data-kind=\"session-reference-mismatch\"").contains("class=\"mark-sign\"")
                    .contains("<ul class=\"finding-marks\" lang=\"en\" dir=\"ltr\">")
                    .contains("The report on resolution 49/1 is not due to the same session in every language")
                    .contains("passage passage-operative flagged");
        }
        // the other operative paragraphs do not carry it
        assertThat(row(page, "r1-op4")).doesNotContain("session-reference-mismatch");
        // listed at the top, pointing at the row in each language
        String findings = page.substring(page.indexOf("compare-findings-title"), page.indexOf("compare-text-title"));
        assertThat(findings).contains("data-kind=\"session-reference-mismatch\"")
                .containsSubsequence("href=\"#r1-op5\">Arabic: Operative 5", "href=\"#r1-op5\">English: Operative 5",
                        "href=\"#r1-op5\">French: Operative 5");
        // each original to download, and the selector that works without a script
        assertThat(page).contains("/api/documents/" + resolution + "/versions/ar/original?revision=1")
                .contains("/api/documents/" + resolution + "/versions/fr/original?revision=1")
                .contains("<form method=\"get\" class=\"compare-choose\"")
                .contains("name=\"lang\" value=\"fr\" checked=\"checked\"");
    }

    @Test
    void anArabicPageKeepsTheLatinColumnsLeftToRight() throws Exception {
        String page = get("/documents/" + resolution + "/compare?ui=ar", "en").body();
        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">").contains("المنطوق 5");
        List<String> fifth = cells(row(page, "r1-op5"));
        // no choice: every language the caller may read, Arabic, English, French
        assertThat(fifth).extracting(c -> c.substring(0, c.indexOf('>') + 1))
                .containsExactly("<td lang=\"ar\" dir=\"rtl\">", "<td lang=\"en\" dir=\"ltr\">", "<td lang=\"fr\" dir=\"ltr\">");
        assertThat(fifth.get(1)).contains("<ul class=\"finding-marks\" lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void twoLanguagesTwoColumns() throws Exception {
        String page = get("/documents/" + resolution + "/compare?lang=en&lang=ar", "fr").body();
        assertThat(page).containsSubsequence("data-lang=\"en\"", "data-lang=\"ar\"").doesNotContain("data-lang=\"fr\"");
        assertThat(cells(row(page, "r1-op5"))).hasSize(2);
        // the choices in the order of the columns, French offered unticked
        assertThat(page).containsSubsequence("value=\"en\" checked=\"checked\"", "value=\"ar\" checked=\"checked\"", "value=\"fr\">");
        // the page in French
        assertThat(page).contains("Dispositif 5").contains("Côte à côte");
    }

    @Test
    void theDocumentPageLeadsToTheComparison() throws Exception {
        assertThat(get("/documents/" + resolution, "en").body()).contains("href=\"/documents/" + resolution + "/compare\"");
    }

    @Test
    void anUnknownLanguageIsABadRequest() throws Exception {
        assertThat(get("/documents/" + resolution + "/compare?lang=de", "en").statusCode()).isEqualTo(400);
        assertThat(get("/documents/" + resolution + "/compare?lang=ar&lang=xx", "en").statusCode()).isEqualTo(400);
    }

    @Test
    void whatThePublicMayNotReadIsNotThere(@TempDir Path folder) throws Exception {
        FileOutcome restricted = importer.importFile(Seeds.file("003"));
        assertThat(get("/documents/" + restricted.documentId() + "/compare", "en").statusCode()).isEqualTo(404);
        assertThat(get("/documents/" + restricted.documentId() + "/compare?lang=ar", "en").statusCode()).isEqualTo(404);
        assertThat(get("/documents/" + UUID.randomUUID() + "/compare", "en").statusCode()).isEqualTo(404);

        // a version that a document lacks is not found either, and such a document has no comparison to offer
        Path english = folder.resolve("english-only.txt");
        Files.writeString(english, """
                OIC/CFM-77/2037/TST/RES/FINAL

                RESOLUTION No. 1/77-TST
                ON THE WOMBAT ARRANGEMENTS

                The Council of Foreign Ministers, meeting in its Seventy-Seventh Session,

                Recalling the wombat arrangements;

                1. Requests the Secretary General to keep the wombat arrangements under review.
                """);
        FileOutcome single = importer.importFile(english, Classification.PUBLIC);
        assertThat(get("/documents/" + single.documentId() + "/compare?lang=en&lang=ar", "en").statusCode()).isEqualTo(404);
        assertThat(get("/documents/" + single.documentId(), "en").body()).doesNotContain("/compare");
    }

    @Test
    void aReaderComparesWhatTheyMayReadAndTheReadIsRecorded(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("restricted.txt");
        Files.writeString(file, """
                OIC/CFM-78/2038/TST/RES/FINAL

                RESOLUTION No. 1/78-TST
                ON THE NUMBAT ARRANGEMENTS

                The Council of Foreign Ministers, meeting in its Seventy-Eighth Session,

                Recalling the numbat arrangements;

                1. Requests the Secretary General to keep the numbat arrangements under review.
                """);
        FileOutcome outcome = importer.importFile(file, Classification.RESTRICTED);
        UUID version = documents.find(outcome.documentId()).orElseThrow().versions().get(0).versionId();
        String oneTime = people.create("reader", "reader", "MS-SA", Set.of(Role.READER), "test").oneTimePassword();
        String chosen = "palms along the corniche";
        assertThat(passwordChange.change(people.subject(people.find("reader").orElseThrow()), oneTime, chosen, chosen, "127.0.0.1"))
                .isEmpty();
        String path = "/documents/" + outcome.documentId() + "/compare?lang=en";

        assertThat(get(path, "en").statusCode()).as("the public").isEqualTo(404);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("reader:" + chosen).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("numbat arrangements");
        assertThat(audit.latest(50)).anyMatch(e -> e.actor().equals("reader") && e.action().equals("document.read")
                && e.resource().equals("version/" + version));
    }

    /** The row of an aligned unit, from its opening tag to its end. */
    private static String row(String page, String id) {
        int start = page.indexOf("<tr id=\"" + id + "\"");
        assertThat(start).as("row %s", id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** The cells of a row, one per version, each from its opening tag. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        int at = row.indexOf("<td ");
        while (at >= 0) {
            int next = row.indexOf("<td ", at + 1);
            cells.add(next < 0 ? row.substring(at) : row.substring(at, next));
            at = next;
        }
        return cells;
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        }
        return response;
    }
}

package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The first pages: the document list, and a version's text with its language and direction. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentPagesIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("pages").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void listThenTheArabicTextRightToLeft() throws Exception {
        FileOutcome arabic = importer.importFile(Seeds.file("000"), org.oic.diwan.registry.Classification.PUBLIC);
        importer.importFile(Seeds.file("002"), org.oic.diwan.registry.Classification.PUBLIC);

        String list = get("/", "en");
        assertThat(list).contains("OIC/CFM-49/2023/IT /FINAL. RES").contains("<html lang=\"en\" dir=\"ltr\">");

        String page = get("/documents/" + arabic.documentId() + "/ar", "en");
        assertThat(page).contains("<article class=\"structure\" lang=\"ar\" dir=\"rtl\">");
        assertThat(page).contains("<div class=\"version-text\" lang=\"ar\" dir=\"rtl\">");
        assertThat(page).contains("مشروع التحول الرقمي");
        // the structure: preamble and operative paragraphs told apart, labels in the interface language
        assertThat(page).contains("segment segment-preamble").contains("segment segment-operative")
                .contains("Operative 5 · Requests");

        String english = get("/documents/" + arabic.documentId() + "/en", "en");
        assertThat(english).contains("<article class=\"structure\" lang=\"en\" dir=\"ltr\">");
        // the English version reports to another session than the Arabic one: a finding, marked on the page
        assertThat(english).contains("finding finding-error").contains("data-kind=\"session-reference-mismatch\"")
                .contains("segment segment-operative flagged");
    }

    @Test
    void theInterfaceSpeaksArabicRightToLeft() throws Exception {
        String page = get("/documents?ui=ar", "en");
        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الوثائق");
        String french = get("/documents", "fr-FR,fr;q=0.9");
        assertThat(french).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Langue");
    }

    @Test
    void aRestrictedDocumentDoesNotExistForThePublic() throws Exception {
        FileOutcome restricted = importer.importFile(Seeds.file("003"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/documents/" + restricted.documentId() + "/ar")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("صندوق التضامن الرقمي");
        assertThat(get("/documents", "en")).doesNotContain("OIC/CFM-38/2011/INF");
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/documents/00000000-0000-0000-0000-000000000000")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    private String get(String path, String acceptLanguage) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return response.body();
    }

}

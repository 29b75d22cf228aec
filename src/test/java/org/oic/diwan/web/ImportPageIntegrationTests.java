package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.access.Browser;
import org.oic.diwan.access.Role;
import org.oic.diwan.registry.Documents;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /import}: a clerk imports through the page, one file per request as the script sends
 * them (JSON back) and several at once as the form sends them without the script (a page back),
 * always with the page's CSRF token; a rejected file says why; public is a publisher's choice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPageIntegrationTests extends BackOfficePages {

    @Autowired
    Documents documents;

    private final JsonMapper json = JsonMapper.builder().build();
    private Browser clerk;

    @BeforeAll
    void clerk() throws Exception {
        clerk = signedIn("import.clerk", "GS-CONF", Role.REGISTRY_CLERK);
    }

    static String resolution(int n) {
        return """
                OIC/CFM-8%d/2032/IMP/RES/FINAL

                RESOLUTION No. %d/8%d-IMP
                ON THE IMPORT PAGE ARRANGEMENTS

                The Council of Foreign Ministers,

                1. Requests the Secretary General to keep the registry of session %d under review.
                """.formatted(n, n, n, n);
    }

    @Test
    void theFormWorksWithAndWithoutTheScript() throws Exception {
        String page = clerk.get("/import").body();
        assertThat(page).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"")
                .contains("<label for=\"import-files\"").contains("aria-live=\"polite\"").containsPattern("/js/import(-[0-9a-f]{32})?\\.js")
                .contains("value=\"restricted\" selected").contains("value=\"confidential\"")
                .doesNotContain("value=\"public\""); // a clerk who is not a publisher is not offered public
        HttpResponse<String> script = clerk.get("/js/import.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("X-CSRF-TOKEN").contains("upload.addEventListener('progress'");
    }

    @Test
    void theScriptSendsOneFileAndGetsItsOutcome() throws Exception {
        String token = clerk.csrf("/import");
        HttpResponse<String> sent = clerk.send(new Multipart().file("file", "imp-1-en.txt", resolution(1))
                .field("classification", "restricted").post().header("X-CSRF-TOKEN", token).header("Accept", "application/json"), "/import");
        assertThat(sent.statusCode()).isEqualTo(200);
        JsonNode outcome = json.readTree(sent.body());
        assertThat(outcome.get("status").asString()).isEqualTo("imported");
        assertThat(outcome.get("outcome").asString()).isEqualTo("Imported");
        assertThat(outcome.get("href").asString()).startsWith("/documents/");
        assertThat(clerk.get(outcome.get("href").asString()).statusCode()).isEqualTo(200);
        java.util.UUID id = java.util.UUID.fromString(outcome.get("href").asString().substring("/documents/".length()));
        java.util.UUID version = documents.find(id).orElseThrow().versions().getFirst().versionId();
        assertThat(documents.access(version).orElseThrow().classification().code()).isEqualTo("restricted");

        // the same bytes again: a duplicate, in the page's language
        HttpResponse<String> again = clerk.send(new Multipart().file("file", "imp-1-en-copy.txt", resolution(1)).post()
                .header("X-CSRF-TOKEN", token).header("Accept", "application/json"), "/import?ui=fr");
        assertThat(json.readTree(again.body()).get("outcome").asString()).isEqualTo("Déjà enregistré");

        // public is a publisher's choice
        HttpResponse<String> published = clerk.send(new Multipart().file("file", "imp-2-en.txt", resolution(2))
                .field("classification", "public").post().header("X-CSRF-TOKEN", token).header("Accept", "application/json"), "/import?ui=en");
        assertThat(published.statusCode()).isEqualTo(403);
        assertThat(json.readTree(published.body()).get("message").asString()).contains("publisher");
    }

    @Test
    void withoutTheScriptEveryFileHasItsLineAndARejectedOneItsReason() throws Exception {
        HttpResponse<String> page = clerk.send(new Multipart().field("_csrf", clerk.csrf("/import"))
                .file("file", "imp-3-en.txt", resolution(3)).file("file", "empty.txt", "").field("classification", "restricted")
                .post().header("Accept", "text/html"), "/import");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("outcome-imported").contains("imp-3-en.txt").contains("href=\"/documents/")
                .contains("outcome-rejected").contains("empty.txt").contains("empty file");
        // nothing chosen: said so, nothing done
        HttpResponse<String> none = clerk.send(new Multipart().field("_csrf", clerk.csrf("/import")).post().header("Accept", "text/html"),
                "/import");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("role=\"alert\"").contains("Choose at least one file");
    }

    @Test
    void withoutTheTokenTheUploadIsRefused() throws Exception {
        long before = documents.list(new org.oic.diwan.registry.DocumentQuery(null, null, null, 0, 100),
                org.oic.diwan.registry.Admission.EVERYTHING).totalItems();
        HttpResponse<String> forged = clerk.send(new Multipart().file("file", "imp-4-en.txt", resolution(4)).post()
                .header("Accept", "application/json"), "/import");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(documents.list(new org.oic.diwan.registry.DocumentQuery(null, null, null, 0, 100),
                org.oic.diwan.registry.Admission.EVERYTHING).totalItems()).isEqualTo(before);
    }

    @Test
    void onlyClerksReachThePage() throws Exception {
        Browser reader = signedIn("import.reader", "GS-LEGAL", Role.READER);
        assertThat(reader.get("/import").statusCode()).isEqualTo(403);
        assertThat(new Browser(port).get("/import").statusCode()).isIn(302, 401);
        Browser publisher = signedIn("import.publisher", "GS-CONF", Role.REGISTRY_CLERK, Role.PUBLISHER);
        assertThat(publisher.get("/import").body()).contains("value=\"public\"");
    }
}

package org.oic.diwan.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.text.TestFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: upload, list, filters, document, version, original, problems, health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsApiIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("api").toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private JsonNode uploaded;
    private String clerk;

    @org.springframework.beans.factory.annotation.Autowired
    org.oic.diwan.access.ApiTokens tokens;

    @BeforeAll
    void uploadThreeVersionsAndABadFile() throws Exception {
        // the registry's scanning system: imports, and publishes what it imports
        var issued = tokens.issue("GS-CONF", "Registry scanner", java.util.Set.of(org.oic.diwan.access.ApiTokens.Scope.READ,
                org.oic.diwan.access.ApiTokens.Scope.IMPORT, org.oic.diwan.access.ApiTokens.Scope.PUBLISH), java.time.Duration.ofDays(1), "test");
        clerk = "Bearer " + issued.secret();
        Multipart form = new Multipart()
                .file("file", "resolution-ar.odt", "application/octet-stream", TestFiles.fixtureBytes("resolution-ar.odt"))
                .file("file", "resolution-en.pdf", "application/pdf", TestFiles.fixtureBytes("resolution-en.pdf"))
                .file("file", "../escape.txt", "text/plain", "The Council requests the Secretary General to report.".getBytes())
                .file("file", "resolution-fr.docx", "application/octet-stream", TestFiles.fixtureBytes("resolution-fr.docx"));
        // without an account: refused, and nothing is imported
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/imports?classification=public"))
                .header("Content-Type", form.contentType())
                .POST(form.publisher())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/imports?classification=public"))
                .header("Content-Type", form.contentType())
                .header("Authorization", clerk)
                .POST(form.publisher())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        uploaded = json.readTree(response.body());
    }

    @Test
    void theUploadReportsEachFile() {
        assertThat(uploaded.get("imported").asInt()).isEqualTo(3);
        assertThat(uploaded.get("rejected").asInt()).isEqualTo(1);
        List<String> statuses = uploaded.get("files").valueStream().map(f -> f.get("status").asString()).toList();
        assertThat(statuses).containsExactly("imported", "imported", "rejected", "imported");
        assertThat(uploaded.get("files").get(2).get("reason").asString()).contains("../");
        // one symbol, three languages: one document
        assertThat(uploaded.get("files").valueStream().filter(f -> f.get("status").asString().equals("imported"))
                .map(f -> f.get("documentId").asString()).distinct()).hasSize(1);
    }

    @Test
    void listsDocumentsWithFilters() throws Exception {
        JsonNode all = getJson("/api/documents");
        assertThat(all.get("totalItems").asLong()).isEqualTo(1);
        JsonNode item = all.get("items").get(0);
        assertThat(item.get("symbol").asString()).isEqualTo("OIC/CFM-51/2025/ST/RES/FINAL");
        assertThat(item.get("body").asString()).isEqualTo("CFM");
        assertThat(item.get("session").asInt()).isEqualTo(51);
        assertThat(item.get("languages").valueStream().map(JsonNode::asString)).containsExactly("ar", "en", "fr");

        assertThat(getJson("/api/documents?lang=ar&body=cfm&session=51").get("totalItems").asLong()).isEqualTo(1);
        assertThat(getJson("/api/documents?session=50").get("totalItems").asLong()).isZero();
        assertThat(getJson("/api/documents?body=COMCEC").get("totalItems").asLong()).isZero();
    }

    @Test
    void givesADocumentAndItsVersions() throws Exception {
        String id = documentId();
        JsonNode document = getJson("/api/documents/" + id);
        assertThat(document.get("symbolKey").asString()).isEqualTo("OIC/CFM-51/2025/ST");
        assertThat(document.get("body").get("nameFr").asString()).isEqualTo("Conseil des ministres des affaires étrangères");
        assertThat(document.get("versions").valueStream().map(v -> v.get("language").asString())).containsExactly("ar", "en", "fr");

        JsonNode arabic = getJson("/api/documents/" + id + "/versions/ar");
        assertThat(arabic.get("text").asString()).contains("يطلب من الأمين العام");
        assertThat(arabic.get("version").get("mediaType").asString()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void servesTheOriginalsExactBytesWithItsHashAsETag() throws Exception {
        String id = documentId();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/versions/en/original")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] expected = TestFiles.fixtureBytes("resolution-en.pdf");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(expected);
        assertThat(response.headers().firstValue("ETag")).contains("\"" + sha + "\"");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("resolution-en.pdf");

        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(uri("/api/documents/" + id + "/versions/en/original"))
                .header("If-None-Match", "\"" + sha + "\"").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void givesTheStructureReadFromEachVersion() throws Exception {
        JsonNode structure = getJson("/api/documents/" + documentId() + "/structure");
        assertThat(structure.get("kind").asString()).isEqualTo("resolution");
        assertThat(structure.get("versions").valueStream().map(v -> v.get("language").asString()))
                .containsExactlyInAnyOrder("ar", "en", "fr");
        for (JsonNode version : structure.get("versions")) {
            JsonNode resolution = version.get("resolutions").get(0);
            assertThat(resolution.get("preamble")).hasSize(1);
            assertThat(resolution.get("operative")).hasSize(1);
            assertThat(resolution.get("operative").get(0).get("verb").asString()).isEqualTo("Requests");
            assertThat(version.get("extraction").get("suspect").asBoolean()).isFalse();
            // the segments cover the text whole
            JsonNode segments = version.get("segments");
            assertThat(segments.get(0).get("start").asInt()).isZero();
            for (int i = 1; i < segments.size(); i++) {
                assertThat(segments.get(i).get("start").asInt()).isEqualTo(segments.get(i - 1).get("end").asInt());
            }
        }
        // the three versions agree: no finding
        HttpResponse<String> findings = http.send(HttpRequest.newBuilder(uri("/api/documents/" + documentId() + "/findings")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(findings.statusCode()).isEqualTo(200);
        assertThat(json.readTree(findings.body()).valueStream().map(f -> f.get("kind").asString())
                .filter(k -> !k.startsWith("hijri"))).isEmpty();
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        assertProblem("/api/documents/00000000-0000-0000-0000-000000000000", 404, "no document");
        assertProblem("/api/documents/" + documentId() + "/versions/de", 400, "use ar, en or fr");
        assertProblem("/api/documents/not-a-uuid", 400, null);
        assertProblem("/api/documents?size=100000", 400, "size");
        assertProblem("/api/no-such-route", 404, null);
    }

    @Test
    void aWriteSentByAnotherSitesPageIsRefused() throws Exception {
        for (String[] header : new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
            Multipart form = new Multipart().file("file", "planted.txt", "text/plain",
                    "The Council requests the member states to act on the matter at once.".getBytes());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/imports"))
                    .header("Content-Type", form.contentType())
                    .header(header[0], header[1])
                    .header("Authorization", clerk)
                    .POST(form.publisher())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(header[0]).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        assertThat(getJson("/api/documents").get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void healthReportsTheDatabaseAndTheOriginalsStore() throws Exception {
        JsonNode health = getJson("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("originals").get("status").asString()).isEqualTo("UP");
    }

    private void assertProblem(String path, int status, String detail) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(path).contains("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (detail != null) {
            assertThat(problem.get("detail").asString()).contains(detail);
        }
    }

    private String documentId() throws Exception {
        return getJson("/api/documents").get("items").get(0).get("id").asString();
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

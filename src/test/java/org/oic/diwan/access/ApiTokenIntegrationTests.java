package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A member state's system with its token: reads what its people read; bad tokens get 401, an audit line, and nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("tokens").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenReadsWhatItsOrganizationReadsUntilRevoked() throws Exception {
        FileOutcome restricted = importer.importFile(Seeds.file("002"));
        ApiTokens.Issued saudi = tokens.issue("MS-SA", "Ministry archive", Set.of(ApiTokens.Scope.READ), Duration.ofDays(30), "test");
        assertThat(saudi.secret()).startsWith("diwan_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like ?").param("%" + saudi.secret() + "%").query(Long.class)
                .single()).as("the secret is not stored").isZero();
        String path = "/api/documents/" + restricted.documentId() + "/versions/en";
        assertThat(get(path, saudi.secret()).statusCode()).isEqualTo(200);

        assertThat(tokens.revoke(saudi.token().id(), "test")).isTrue();
        HttpResponse<String> revoked = get(path, saudi.secret());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(revoked.body()).contains("revoked token").doesNotContain("Ministry");
    }

    @Test
    void badTokensAreRefusedAndRecorded() throws Exception {
        FileOutcome restricted = importer.importFile(Seeds.file("001"));
        String path = "/api/documents/" + restricted.documentId();
        ApiTokens.Issued old = tokens.issue("MS-SA", "Old system", Set.of(ApiTokens.Scope.READ), Duration.ofDays(1), "test");
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?").param(old.token().id()).update();
        long before = audit.latest(1).get(0).seq();
        for (String[] bad : new String[][] {{"not-a-token", "malformed token"}, {"diwan_" + UUID.randomUUID(), "unknown token"},
                {old.secret(), "expired token"}, {"diwan_" + "x".repeat(300), "malformed token"}}) {
            HttpResponse<String> response = get(path, bad[0]);
            assertThat(response.statusCode()).as(bad[1]).isEqualTo(401);
            assertThat(response.body()).contains(bad[1]);
        }
        assertThat(audit.latest(10)).filteredOn(e -> e.seq() > before && e.action().equals("token.use") && e.outcome().equals("refused"))
                .hasSize(4);
    }

    @Test
    void importingNeedsTheImportScope() throws Exception {
        ApiTokens.Issued reader = tokens.issue("SUB-SESRIC", "Reader", Set.of(ApiTokens.Scope.READ), Duration.ofDays(1), "test");
        ApiTokens.Issued importer = tokens.issue("GS-CONF", "Scanner", Set.of(ApiTokens.Scope.READ, ApiTokens.Scope.IMPORT),
                Duration.ofDays(1), "test");
        assertThat(upload(reader.secret()).statusCode()).isEqualTo(403);
        assertThat(upload(importer.secret()).statusCode()).isEqualTo(200);
        // the write is in the audit trail, attributed to the system that made it
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("version.import");
            assertThat(e.actor()).isEqualTo("token:Scanner");
        });
    }

    private HttpResponse<String> upload(String token) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + boundary
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\nThe Council requests the member states to act on " + boundary + ".\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

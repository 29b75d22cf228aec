package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.audit.AuditEntry;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad input at the doors (issue 5, item 7): malformed, unknown, expired and revoked tokens,
 * unknown users, wrong passwords, undecodable credentials, a one-time password, a wrong second
 * factor, oversized headers. Each gets its status and a problem that names no class, query, stack
 * or server; each the application sees leaves an audit entry; none changes the accounts, tokens or
 * registry (their rows are fingerprinted before and after).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
class BadAccessInputIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("bad-input").toString());
    }

    /** What an answer must never show: Java, SQL, the server's make or version. */
    static final List<String> LEAKS = List.of("Exception", "exception", "at org.", "at java.", "java.", "org.springframework",
            "org.postgresql", "SQL", "select ", "Tomcat", "Apache", "trace");

    /** The tables a refused request must leave as they were. */
    static final List<String> TABLES = List.of("person", "api_token", "document", "version", "version_reader", "organization");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();

    record Bad(String what, String authorization, int status, String problem, String auditAction) {}

    @Test
    void badCredentialsAreRefusedPlainlyRecordedAndChangeNothing() throws Exception {
        String reader = people.create("omar", "Omar", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        ApiTokens.Issued expired = tokens.issue("MS-SA", "Expired", Set.of(ApiTokens.Scope.READ), Duration.ofDays(1), "test");
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?").param(expired.token().id()).update();
        ApiTokens.Issued revoked = tokens.issue("MS-SA", "Revoked", Set.of(ApiTokens.Scope.READ), Duration.ofDays(1), "test");
        tokens.revoke(revoked.token().id(), "test");
        List<Bad> cases = List.of(
                new Bad("garbage token", "Bearer %%%garbage%%%", 401, "invalid-token", "token.use"),
                new Bad("wrong prefix", "Bearer ghp_" + "a".repeat(40), 401, "invalid-token", "token.use"),
                new Bad("unknown token", "Bearer diwan_" + "A".repeat(43), 401, "invalid-token", "token.use"),
                new Bad("token with SQL in it", "Bearer diwan_' or 1=1 --", 401, "invalid-token", "token.use"),
                new Bad("expired token", "Bearer " + expired.secret(), 401, "invalid-token", "token.use"),
                new Bad("revoked token", "Bearer " + revoked.secret(), 401, "invalid-token", "token.use"),
                new Bad("unknown user", basic("nobody", "whatever-it-is"), 401, "unauthorized", "sign-in"),
                new Bad("wrong password", basic("omar", "not-his-password"), 401, "unauthorized", "sign-in"),
                new Bad("undecodable credentials", "Basic !!!not-base64!!!", 401, "unauthorized", "sign-in"),
                new Bad("one-time password", basic("omar", reader), 403, "password-change-required", "password.change-required"));
        Map<String, String> before = fingerprints();
        for (Bad bad : cases) {
            long last = lastSeq();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/documents"))
                    .header("Authorization", bad.authorization()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(bad.what()).isEqualTo(bad.status());
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(bad.what()).startsWith("application/problem+json");
            assertThat(response.body()).as(bad.what()).contains("/problems/" + bad.problem());
            assertLeaksNothing(bad.what(), response);
            assertThat(audit.latest(5)).as(bad.what()).filteredOn(e -> e.seq() > last)
                    .anySatisfy(e -> {
                        assertThat(e.action()).isEqualTo(bad.auditAction());
                        assertThat(e.outcome()).isIn("refused", "failed");
                        assertThat(e.address()).isNotBlank();
                    });
        }
        assertThat(fingerprints()).isEqualTo(before);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
        people.create("layla", "Layla", "GS-LEGAL", Set.of(Role.READER), "test");
        HttpResponse<String> unknown = get("/api/documents", basic("nobody-at-all", "a guess"));
        HttpResponse<String> wrong = get("/api/documents", basic("layla", "a guess"));
        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).isEqualTo(wrong.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void aWrongSecondFactorIsRefusedRecordedAndChangesNothing() throws Exception {
        String oneTime = people.create("warda", "Warda", "GS-IT", Set.of(Role.ADMINISTRATOR), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signIn("warda", oneTime);
        Map<String, String> before = fingerprints();
        long last = lastSeq();
        for (String code : new String[] {"000000", "12345", "abcdef", "1".repeat(500), "' or 1=1 --"}) {
            HttpResponse<String> response = browser.post(SecondFactor.PAGE, "code", code);
            assertThat(response.body()).as(code).contains("class=\"problem\"");
            assertLeaksNothing(code, response);
        }
        assertThat(browser.get("/documents").headers().firstValue("Location").orElseThrow()).endsWith(SecondFactor.PAGE);
        assertThat(fingerprints()).as("no secret enrolled, no step used").isEqualTo(before);
        assertThat(audit.latest(5)).allSatisfy(e -> {
            assertThat(e.seq()).isGreaterThan(last);
            assertThat(e.action()).isEqualTo("second-factor.enrol");
            assertThat(e.outcome()).isEqualTo("failed");
        });

        // enrolled, a wrong code again changes nothing (the last accepted step stays)
        browser.enrolSecondFactor();
        Browser again = new Browser(port);
        again.signIn("warda", oneTime);
        Map<String, String> enrolled = fingerprints();
        assertThat(again.post(SecondFactor.PAGE, "code", "000000").body()).contains("class=\"problem\"");
        assertThat(fingerprints()).isEqualTo(enrolled);
        assertThat(audit.latest(1).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("second-factor");
            assertThat(e.outcome()).isEqualTo("failed");
        });
    }

    /**
     * The request line and headers are capped at 16 KB ({@code server.max-http-request-header-size}),
     * twice Tomcat's default: a larger request is refused by Tomcat while it parses the headers,
     * before any filter or controller, so the application never sees it and cannot record it (the
     * oversized token below would otherwise leave a "malformed token" entry); the answer is a bare
     * problem (ConnectorProblems) that shows neither the server nor its version.
     */
    @Test
    void oversizedHeadersAreRefusedBeforeTheApplicationAndSayNothing() throws Exception {
        long last = lastSeq();
        Map<String, String> before = fingerprints();
        HttpResponse<String> within = get("/api/documents", null, "X-Filler", "a".repeat(12 * 1024));
        assertThat(within.statusCode()).as("12 KB of headers are allowed (Tomcat alone would refuse above 8 KB)").isEqualTo(200);

        for (String[] header : new String[][] {{"X-Filler", "a".repeat(20 * 1024)}, {"Authorization", "Bearer diwan_" + "a".repeat(20 * 1024)},
                {"Cookie", "JSESSIONID=" + "a".repeat(20 * 1024)}}) {
            HttpResponse<String> response = get("/api/documents", null, header[0], header[1]);
            assertThat(response.statusCode()).as(header[0]).isIn(400, 431);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertLeaksNothing(header[0], response);
        }
        assertThat(fingerprints()).isEqualTo(before);
        assertThat(lastSeq()).as("Tomcat refused them before the application could record them").isEqualTo(last);
    }

    private void assertLeaksNothing(String what, HttpResponse<String> response) {
        for (String leak : LEAKS) {
            assertThat(response.body()).as("%s: the answer shows %s", what, leak).doesNotContain(leak);
        }
        assertThat(response.headers().firstValue("Server")).as(what).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
    }

    /** Each table's rows, hashed in a stable order: equal fingerprints, unchanged tables. */
    private Map<String, String> fingerprints() {
        Map<String, String> prints = new LinkedHashMap<>();
        for (String table : TABLES) {
            prints.put(table, jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                    + table + " t").query(String.class).single());
        }
        return prints;
    }

    private HttpResponse<String> get(String path, String authorization, String... header) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (header.length == 2) {
            request.header(header[0], header[1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
    }

    private long lastSeq() {
        List<AuditEntry> latest = audit.latest(1);
        return latest.isEmpty() ? 0 : latest.get(0).seq();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

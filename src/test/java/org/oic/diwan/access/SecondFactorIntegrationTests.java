package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator's password alone opens nothing but the second-factor page: the first time it
 * enrols a secret, then asks for the authenticator's code; a wrong or replayed code is refused;
 * the API refuses the password alone. After both factors, a one-time password is still to be changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
class SecondFactorIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("second-factor").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    static final Pattern CSRF = Browser.CSRF;
    static final Pattern SECRET = Browser.SECRET;

    @Test
    void aPasswordAloneOpensOnlyTheSecondFactorPage() throws Exception {
        String password = people.create("root", "Administrator", "GS-IT", Set.of(Role.ADMINISTRATOR), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signIn("root", password);
        HttpResponse<String> blocked = browser.get("/documents");
        assertThat(blocked.statusCode()).isEqualTo(302);
        assertThat(blocked.headers().firstValue("Location").orElseThrow()).endsWith("/signin/second-factor");
        // the one-time password's page waits for the second factor too
        assertThat(browser.get("/account/password").headers().firstValue("Location").orElseThrow()).endsWith("/signin/second-factor");

        String page = browser.get("/signin/second-factor").body();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("an enrolment shows the secret").isTrue();
        HttpResponse<String> wrong = browser.post("/signin/second-factor", "code", "000000");
        assertThat(wrong.body()).contains("class=\"problem\"");
        assertThat(browser.get("/documents").statusCode()).isEqualTo(302);

        String code = Totp.code(secret.group(1), Totp.step(Instant.now()));
        assertThat(browser.post("/signin/second-factor", "code", code).statusCode()).isEqualTo(302);
        // both factors given, the one-time password is still to be changed
        assertThat(browser.get("/documents").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
        String chosen = "seven blue camels at dawn";
        browser.changePassword(password, chosen);
        assertThat(browser.get("/documents").statusCode()).isEqualTo(200);

        // another session, the same code again: refused (a code is good once)
        Browser other = new Browser(port);
        other.signIn("root", chosen);
        assertThat(other.get("/signin/second-factor").body()).doesNotContain("class=\"secret\"");
        assertThat(other.post("/signin/second-factor", "code", code).body()).contains("class=\"problem\"");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("root:" + chosen).getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("second factor");
    }

    @Test
    void anAuditorWithBothFactorsExportsTheTrailAndNobodyElseDoes() throws Exception {
        String password = people.create("inspector", "Auditor", "GS-AUDIT", Set.of(Role.AUDITOR), "test").oneTimePassword();
        String reader = people.create("reader", "Reader", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        Browser auditor = new Browser(port);
        auditor.signInFirstTime("inspector", password, "an auditor's passphrase");
        HttpResponse<String> jsonl = auditor.get("/api/audit?format=jsonl");
        assertThat(jsonl.statusCode()).isEqualTo(200);
        assertThat(jsonl.body().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"seq\":"));
        HttpResponse<String> csv = auditor.get("/api/audit?format=csv");
        assertThat(csv.body()).startsWith("seq,at,actor").contains("\"audit.export\"");
        // browsing: the inspector's own sign-ins, two at most
        HttpResponse<String> browsed = auditor.get("/api/audit?actor=inspector&action=sign-in&limit=2");
        assertThat(browsed.body().lines().toList()).isNotEmpty().hasSizeLessThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).contains("\"actor\":\"inspector\"").contains("\"action\":\"sign-in"));
        assertThat(auditor.get("/api/audit?since=2000-01-01T00:00:00Z&until=2000-01-02T00:00:00Z").body()).isEmpty();
        assertThat(auditor.get("/api/audit?since=yesterday").statusCode()).isEqualTo(400);

        Browser someoneElse = new Browser(port);
        someoneElse.signInFirstTime("reader", reader, "quiet library lamp 41");
        HttpResponse<String> refused = someoneElse.get("/api/audit");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("password-change-required");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/audit")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

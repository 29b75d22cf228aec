package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * the API refuses the password alone.
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

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern SECRET = Pattern.compile("<code class=\"secret\"[^>]*>([A-Z2-7]+)</code>");

    @Test
    void aPasswordAloneOpensOnlyTheSecondFactorPage() throws Exception {
        String password = people.create("root", "Administrator", "GS-IT", Set.of(Role.ADMINISTRATOR), "test").oneTimePassword();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        post(browser, "/signin", "username=root&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        HttpResponse<String> blocked = get(browser, "/documents");
        assertThat(blocked.statusCode()).isEqualTo(302);
        assertThat(blocked.headers().firstValue("Location").orElseThrow()).endsWith("/signin/second-factor");

        String page = get(browser, "/signin/second-factor").body();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("an enrolment shows the secret").isTrue();
        HttpResponse<String> wrong = post(browser, "/signin/second-factor", "code=000000");
        assertThat(wrong.body()).contains("class=\"problem\"");
        assertThat(get(browser, "/documents").statusCode()).isEqualTo(302);

        String code = Totp.code(secret.group(1), Totp.step(Instant.now()));
        assertThat(post(browser, "/signin/second-factor", "code=" + code).statusCode()).isEqualTo(302);
        assertThat(get(browser, "/documents").statusCode()).isEqualTo(200);

        // another session, the same code again: refused (a code is good once)
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        post(other, "/signin", "username=root&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(get(other, "/signin/second-factor").body()).doesNotContain("class=\"secret\"");
        assertThat(post(other, "/signin/second-factor", "code=" + code).body()).contains("class=\"problem\"");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("root:" + password).getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("second factor");
    }

    @Test
    void anAuditorWithBothFactorsExportsTheTrailAndNobodyElseDoes() throws Exception {
        String password = people.create("inspector", "Auditor", "GS-AUDIT", Set.of(Role.AUDITOR), "test").oneTimePassword();
        String reader = people.create("reader", "Reader", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        HttpClient auditor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        post(auditor, "/signin", "username=inspector&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        Matcher secret = SECRET.matcher(get(auditor, "/signin/second-factor").body());
        assertThat(secret.find()).isTrue();
        post(auditor, "/signin/second-factor", "code=" + Totp.code(secret.group(1), Totp.step(Instant.now())));
        HttpResponse<String> jsonl = get(auditor, "/api/audit?format=jsonl");
        assertThat(jsonl.statusCode()).isEqualTo(200);
        assertThat(jsonl.body().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"seq\":"));
        HttpResponse<String> csv = get(auditor, "/api/audit?format=csv");
        assertThat(csv.body()).startsWith("seq,at,actor").contains("\"audit.export\"");

        HttpClient someoneElse = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        post(someoneElse, "/signin", "username=reader&password=" + URLEncoder.encode(reader, StandardCharsets.UTF_8));
        assertThat(get(someoneElse, "/api/audit").statusCode()).isEqualTo(403);
        assertThat(get(HttpClient.newHttpClient(), "/api/audit").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        String tokenPage = get(browser, path.equals("/signin") ? "/signin" : "/signin/second-factor").body();
        Matcher token = CSRF.matcher(tokenPage);
        assertThat(token.find()).isTrue();
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.audit.AuditEntry;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the form, as a browser does: a CSRF token, a session cookie, the one-time
 * password changed, the restricted document then visible; a wrong password changes nothing; both are in the audit trail; the
 * security headers are on every page. (Plain HTTP here, so the cookie is not marked Secure.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
class SignInIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("signin").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Importer importer;

    @Autowired
    AuditTrail audit;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Test
    void aPersonSignsInAndSeesWhatTheirOrganizationMay() throws Exception {
        FileOutcome restricted = importer.importFile(Seeds.file("003"));
        String password = people.create("amina", "Amina", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = "/documents/" + restricted.documentId() + "/ar";
        assertThat(send(browser, get(page)).statusCode()).isEqualTo(404);

        HttpResponse<String> wrong = signIn(browser, "amina", "not-the-password");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/signin?error");
        assertThat(send(browser, get(page)).statusCode()).isEqualTo(404);

        HttpResponse<String> right = signIn(browser, "amina", password);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // a one-time password opens only the page that changes it
        HttpResponse<String> held = send(browser, get(page));
        assertThat(held.statusCode()).isEqualTo(302);
        assertThat(held.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
        HttpResponse<String> changed = post(browser, "/account/password",
                "current=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&chosen=she+keeps+the+registry&confirmation=she+keeps+the+registry");
        assertThat(changed.headers().firstValue("Location").orElseThrow()).contains("/account/password?changed");
        HttpResponse<String> again = post(browser, "/account/password",
                "current=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&chosen=a+long+enough+phrase&confirmation=a+long+enough+phrase");
        assertThat(again.body()).as("the one-time password is no longer good").contains("class=\"problem\"");
        HttpResponse<String> seen = send(browser, get(page));
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("amina").contains("صندوق التضامن الرقمي");
        assertThat(seen.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");

        List<AuditEntry> trail = audit.latest(20);
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("sign-in");
            assertThat(e.outcome()).isEqualTo("failed");
            assertThat(e.actor()).isEqualTo("amina");
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("sign-in");
            assertThat(e.outcome()).isEqualTo("ok");
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("password.change");
            assertThat(e.outcome()).isEqualTo("ok");
            assertThat(e.detailJson()).contains("one-time");
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("document.read");
            assertThat(e.actor()).isEqualTo("amina");
        });
    }

    @Test
    void aFormSentWithoutItsTokenIsRefused() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> response = send(browser, HttpRequest.newBuilder(uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=amina&password=x")).build());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aFreshInstallHasNoAccountAndNoDefaultPassword() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String[] guess : new String[][] {{"admin", "admin"}, {"admin", "password"}, {"user", "password"}, {"diwan", "diwan"}}) {
            assertThat(signIn(browser, guess[0], guess[1]).headers().firstValue("Location").orElseThrow())
                    .as("%s/%s", guess[0], guess[1]).endsWith("/signin?error");
        }
    }

    private HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        return post(browser, "/signin", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        Matcher token = CSRF.matcher(send(browser, get(path)).body());
        assertThat(token.find()).isTrue();
        return send(browser, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One-time passwords are changed at the first sign-in: until then a session reaches only the
 * password page and the API refuses the password (403 problem, audit entry). A refused change
 * changes nothing; a good one is stored with Argon2id, ends the one-time password and is audited;
 * later, a person changes their password on the same page, giving the current one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
class PasswordChangeIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("password").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aOneTimePasswordOpensOnlyThePasswordPageAndNotTheApi() throws Exception {
        String oneTime = people.create("farid", "Farid", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        long before = lastSeq();
        HttpResponse<String> api = basic("/api/documents", "farid", oneTime);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("/problems/password-change-required").doesNotContain("farid").doesNotContain("Exception");
        assertThat(audit.latest(5)).anySatisfy(e -> {
            assertThat(e.seq()).isGreaterThan(before);
            assertThat(e.action()).isEqualTo("password.change-required");
            assertThat(e.actor()).isEqualTo("farid");
            assertThat(e.outcome()).isEqualTo("refused");
        });

        Browser browser = new Browser(port);
        browser.signIn("farid", oneTime);
        for (String page : new String[] {"/documents", "/search?q=x", "/"}) {
            assertThat(browser.get(page).headers().firstValue("Location").orElseThrow()).as(page).endsWith("/account/password");
        }
        assertThat(browser.get("/api/documents").statusCode()).isEqualTo(403);
        HttpResponse<String> form = browser.get("/account/password");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("one-time password").contains("name=\"_csrf\"");

        assertThat(browser.changePassword(oneTime, "rivers of jeddah").headers().firstValue("Location").orElseThrow())
                .endsWith("/account/password?changed");
        assertThat(browser.get("/documents").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select password_temporary from person where username = 'farid'").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select password_hash from person where username = 'farid'").query(String.class).single())
                .startsWith("$argon2id$");
        assertThat(basic("/api/documents", "farid", "rivers of jeddah").statusCode()).isEqualTo(200);
        assertThat(basic("/api/documents", "farid", oneTime).statusCode()).isEqualTo(401);
        assertThat(audit.latest(10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("password.change");
            assertThat(e.outcome()).isEqualTo("ok");
            assertThat(e.detailJson()).contains("one-time");
        });
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() throws Exception {
        String oneTime = people.create("salma", "Salma", "GS-CONF", Set.of(Role.REGISTRY_CLERK), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signIn("salma", oneTime);
        String hash = hashOf("salma");
        long before = lastSeq();
        String[][] refused = {
            {oneTime, "short pass", "short pass", "too short"},
            {oneTime, "salma-the-clerk-2026", "salma-the-clerk-2026", "must not contain your username"},
            {oneTime, oneTime, oneTime, "must differ from the current one"},
            {oneTime, "a long enough phrase", "a long enough phrase!", "two new passwords differ"},
            {"not the password", "a long enough phrase", "a long enough phrase", "current password is wrong"},
            {oneTime, "x".repeat(PasswordChange.MAXIMUM_LENGTH + 1), "x".repeat(PasswordChange.MAXIMUM_LENGTH + 1), "too long"}};
        for (String[] attempt : refused) {
            HttpResponse<String> response = browser.post("/account/password", "current", attempt[0], "chosen", attempt[1],
                    "confirmation", attempt[2]);
            assertThat(response.statusCode()).as(attempt[3]).isEqualTo(200);
            assertThat(response.body()).as(attempt[3]).contains("class=\"problem\"").contains(attempt[3]);
        }
        assertThat(hashOf("salma")).isEqualTo(hash);
        assertThat(jdbc.sql("select password_temporary from person where username = 'salma'").query(Boolean.class).single()).isTrue();
        assertThat(audit.latest(refused.length)).allSatisfy(e -> {
            assertThat(e.seq()).isGreaterThan(before);
            assertThat(e.action()).isEqualTo("password.change");
            assertThat(e.outcome()).isEqualTo("refused");
        });
        assertThat(browser.get("/documents").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
    }

    @Test
    void aSignedInPersonChangesTheirPasswordLaterGivingTheCurrentOne() throws Exception {
        String oneTime = people.create("yusuf", "Yusuf", "MS-SN", Set.of(Role.READER), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signInFirstTime("yusuf", oneTime, "first chosen phrase");
        HttpResponse<String> form = browser.get("/account/password");
        assertThat(form.body()).doesNotContain("one-time password").contains("href=\"/account/password\"");
        assertThat(browser.changePassword("wrong current one", "second chosen phrase").body()).contains("class=\"problem\"");
        assertThat(browser.changePassword("first chosen phrase", "second chosen phrase").headers().firstValue("Location").orElseThrow())
                .endsWith("?changed");
        assertThat(basic("/api/documents", "yusuf", "first chosen phrase").statusCode()).isEqualTo(401);
        assertThat(basic("/api/documents", "yusuf", "second chosen phrase").statusCode()).isEqualTo(200);
        assertThat(audit.latest(3)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("password.change");
            assertThat(e.detailJson()).contains("chosen");
        });
    }

    @Test
    void thePageSpeaksTheThreeLanguagesAndNobodyElseReachesIt() throws Exception {
        String oneTime = people.create("nadia", "Nadia", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signIn("nadia", oneTime);
        assertThat(browser.get("/account/password?ui=fr").body()).contains("mot de passe à usage unique").contains("lang=\"fr\"");
        HttpResponse<String> arabic = browser.get("/account/password?ui=ar");
        assertThat(arabic.body()).contains("كلمة مرور لمرة واحدة").contains("dir=\"rtl\"");
        assertThat(browser.get("/account/password?ui=en").body()).contains("one-time password");

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/account/password")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    private HttpResponse<String> basic(String path, String username, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String hashOf(String username) {
        return jdbc.sql("select password_hash from person where username = ?").param(username).query(String.class).single();
    }

    private long lastSeq() {
        return audit.latest(1).get(0).seq();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

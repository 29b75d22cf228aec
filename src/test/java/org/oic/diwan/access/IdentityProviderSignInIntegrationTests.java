package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.DiwanApplication;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signing in through the Organization's identity provider: a real Keycloak started from its
 * distribution, the OpenID Connect code flow walked as a browser walks it. The provider says who
 * the person is; Diwan's account says what they may see. Someone the provider knows and Diwan does
 * not is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderSignInIntegrationTests {

    private KeycloakServer keycloak;
    private ConfigurableApplicationContext diwan;
    private int port;

    @BeforeAll
    void start() throws Exception {
        keycloak = KeycloakServer.start();
        Path data = TestDataFolders.create("oidc");
        diwan = new SpringApplicationBuilder(DiwanApplication.class).run(
                "--diwan.data=" + data, "--server.port=0", "--diwan.cookies.secure=false",
                "--spring.security.oauth2.client.registration.oidc.client-id=diwan",
                "--spring.security.oauth2.client.registration.oidc.client-secret=diwan-test-client-secret",
                "--spring.security.oauth2.client.registration.oidc.scope=openid,profile,email",
                "--spring.security.oauth2.client.provider.oidc.issuer-uri=" + keycloak.issuer());
        port = Integer.parseInt(diwan.getEnvironment().getProperty("local.server.port"));
        diwan.getBean(People.class).create("amina", "Amina", "GS-LEGAL", Set.of(Role.READER), "test");
    }

    @AfterAll
    void stop() {
        if (diwan != null) {
            diwan.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aPersonSignsInThroughKeycloakAndReadsWhatTheirOrganizationMay() throws Exception {
        FileOutcome restricted = diwan.getBean(Importer.class).importFile(Seeds.file("003"));
        String page = "http://localhost:" + port + "/documents/" + restricted.documentId() + "/ar";
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).build();
        assertThat(send(browser, page).statusCode()).isEqualTo(404);

        String landing = signIn(browser, "amina", "keycloak-test-password-amina");
        assertThat(landing).doesNotContain("error");
        HttpResponse<String> seen = send(browser, page);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("صندوق التضامن الرقمي");
        assertThat(diwan.getBean(AuditTrail.class).latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("sign-in");
            assertThat(e.actor()).isEqualTo("amina");
            assertThat(e.detailJson()).contains("identity-provider");
        });
    }

    @Test
    void someoneDiwanDoesNotKnowIsRefused() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).build();
        assertThat(signIn(browser, "stranger", "keycloak-test-password-stranger")).endsWith("/signin?error");
    }

    /** Walks the code flow; returns where Diwan sends the browser at the end. */
    private String signIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> toProvider = send(browser, "http://localhost:" + port + "/oauth2/authorization/oidc");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        HttpResponse<String> loginPage = send(browser, toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(action.find()).as("Keycloak's login form").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        HttpResponse<String> done = send(browser, back.headers().firstValue("Location").orElseThrow());
        assertThat(done.statusCode()).isEqualTo(302);
        return done.headers().firstValue("Location").orElseThrow();
    }

    /**
     * Cookies as a browser keeps them for 127.0.0.1 and localhost, which it treats as secure:
     * Keycloak marks its cookies Secure, which Java's cookie manager would not send over HTTP.
     */
    static final class LocalhostCookies extends CookieManager {
        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) throws java.io.IOException {
            java.util.Map<String, java.util.List<String>> relaxed = new java.util.HashMap<>();
            headers.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            super.put(uri, relaxed);
        }
    }

    private static HttpResponse<String> send(HttpClient client, String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

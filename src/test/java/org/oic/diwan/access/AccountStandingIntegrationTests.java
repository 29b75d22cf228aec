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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An administrator disables an account, or changes its roles, while its owner has a session open:
 * the session stops at its next request (the sign-in page for pages, 401 for the API), with an
 * audit entry; signing in again gives the new rights, or nothing for a disabled account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
class AccountStandingIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("standing").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AuditTrail audit;

    @Test
    void aDisabledPersonsOpenSessionsStopAtTheirNextRequest() throws Exception {
        String oneTime = people.create("hamid", "Hamid", "GS-LEGAL", Set.of(Role.READER), "test").oneTimePassword();
        Browser pages = new Browser(port);
        pages.signInFirstTime("hamid", oneTime, "dates and palms 1446");
        Browser api = new Browser(port);
        api.signIn("hamid", "dates and palms 1446");
        assertThat(pages.get("/documents").body()).contains("hamid");
        assertThat(api.get("/api/documents").statusCode()).isEqualTo(200);

        long before = audit.latest(1).get(0).seq();
        people.setEnabled("hamid", false, "admin");

        HttpResponse<String> page = pages.get("/documents");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
        assertThat(pages.get("/documents").body()).as("the session is gone, not only refused once").doesNotContain("hamid");
        HttpResponse<String> call = api.get("/api/documents");
        assertThat(call.statusCode()).isEqualTo(401);
        assertThat(call.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(call.body()).contains("/problems/session-ended").doesNotContain("disabled").doesNotContain("Exception");
        assertThat(audit.latest(5)).filteredOn(e -> e.seq() > before && e.action().equals("session.end"))
                .hasSize(2).allSatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("hamid");
                    assertThat(e.detailJson()).contains("account-disabled");
                });
        assertThat(audit.latest(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo("account.disable"));

        // nor can it sign in again, with the form or on the API
        assertThat(new Browser(port).signIn("hamid", "dates and palms 1446").headers().firstValue("Location").orElseThrow())
                .endsWith("/signin?error");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hamid:dates and palms 1446".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void changedRolesEndTheSessionAndTheNextSignInHasTheNewRights() throws Exception {
        String oneTime = people.create("karim", "Karim", "GS-CONF", Set.of(Role.REGISTRY_CLERK), "test").oneTimePassword();
        Browser browser = new Browser(port);
        browser.signInFirstTime("karim", oneTime, "the registry of the council");
        assertThat(upload(browser).statusCode()).as("a registry clerk imports").isEqualTo(200);

        long before = audit.latest(1).get(0).seq();
        people.assignRoles("karim", Set.of(Role.READER), "admin");
        assertThat(browser.get("/documents").headers().firstValue("Location").orElseThrow()).endsWith("/signin");
        assertThat(audit.latest(5)).filteredOn(e -> e.seq() > before).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("session.end");
            assertThat(e.detailJson()).contains("rights-changed");
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("account.roles");
            assertThat(e.detailJson()).contains("registry-clerk").contains("reader");
        });

        // signed in again, the person acts with the new roles: a reader does not import
        browser.signIn("karim", "the registry of the council");
        assertThat(browser.get("/documents").statusCode()).isEqualTo(200);
        assertThat(upload(browser).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> upload(Browser browser) throws Exception {
        String boundary = "b" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + boundary
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\nThe Council requests the member states to act on " + boundary + ".\r\n--"
                + boundary + "--\r\n";
        return browser.send(HttpRequest.newBuilder().header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)), "/api/imports");
    }
}

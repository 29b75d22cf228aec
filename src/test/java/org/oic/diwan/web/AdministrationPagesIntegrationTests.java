package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.access.ApiTokens;
import org.oic.diwan.access.Browser;
import org.oic.diwan.access.Person;
import org.oic.diwan.access.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /admin/...}: an administrator (password and second factor) creates an account through
 * the page and sees its one-time password once, disables it, changes its roles and contact,
 * issues a token and revokes it; every form needs the page's CSRF token; nobody else gets in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationPagesIntegrationTests extends BackOfficePages {

    static final Pattern ONE_TIME = Pattern.compile("<code class=\"one-time-password\"[^>]*>([^<]+)</code>");
    static final Pattern SECRET = Pattern.compile("<code class=\"token-secret\"[^>]*>(diwan_[^<]+)</code>");

    @Autowired
    ApiTokens tokens;

    private Browser admin;

    @BeforeAll
    void administrator() throws Exception {
        admin = signedIn("admin.pages", "GS-IT", Role.ADMINISTRATOR);
    }

    @Test
    void anAccountCreatedThroughThePageShowsItsPasswordOnceThenIsDisabled() throws Exception {
        HttpResponse<String> created = admin.postFrom("/admin/people", "/admin/people", "username", "fatou.clerk",
                "displayName", "Fatou Diop", "organization", "GS-CONF", "role", "registry-clerk");
        assertThat(created.statusCode()).isEqualTo(200);
        Matcher password = ONE_TIME.matcher(created.body());
        assertThat(password.find()).as("the one-time password on the answer").isTrue();
        String oneTime = password.group(1);
        assertThat(people.find("fatou.clerk").orElseThrow().roles()).containsExactly(Role.REGISTRY_CLERK);
        // shown once: neither the list nor the account's page shows it again
        assertThat(admin.get("/admin/people").body()).contains("fatou.clerk").contains("Fatou Diop").doesNotContain(oneTime);
        assertThat(admin.get("/admin/people/fatou.clerk").body()).doesNotContain(oneTime).doesNotContain("one-time-password\"");
        // and it works, once
        Browser fatou = new Browser(port);
        fatou.signInFirstTime("fatou.clerk", oneTime, PASSWORD);
        assertThat(fatou.get("/import").statusCode()).isEqualTo(200);

        // a taken username: said so, nothing created
        HttpResponse<String> taken = admin.postFrom("/admin/people", "/admin/people", "username", "fatou.clerk",
                "displayName", "Someone else", "organization", "GS-CONF");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("role=\"alert\"").contains("This username is taken");

        // disabled: the page says so, and Fatou's open session ends
        HttpResponse<String> disabled = admin.postFrom("/admin/people/fatou.clerk", "/admin/people/fatou.clerk/enabled", "enabled", "false");
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(people.find("fatou.clerk").map(Person::enabled)).contains(false);
        assertThat(admin.get("/admin/people/fatou.clerk").body()).contains("The account is disabled").contains("Enable the account");
        assertThat(fatou.get("/import").statusCode()).isNotEqualTo(200);

        // roles and contact
        admin.postFrom("/admin/people/fatou.clerk", "/admin/people/fatou.clerk/roles", "role", "reader", "role", "focal-point");
        assertThat(people.find("fatou.clerk").orElseThrow().roles()).containsExactlyInAnyOrder(Role.READER, Role.FOCAL_POINT);
        admin.postFrom("/admin/people/fatou.clerk", "/admin/people/fatou.clerk/contact", "email", "fatou@oic-oci.org", "language", "fr");
        assertThat(people.find("fatou.clerk").orElseThrow().email()).isEqualTo("fatou@oic-oci.org");
        assertThat(admin.get("/admin/people").body()).contains("fatou@oic-oci.org").contains("(French)");
        admin.postFrom("/admin/people/fatou.clerk", "/admin/people/fatou.clerk/contact", "email", "not an address", "language", "fr");
        assertThat(admin.get("/admin/people/fatou.clerk").body()).contains("This is not an e-mail address");
    }

    @Test
    void anAdministratorKeepsTheirOwnDoorOpen() throws Exception {
        admin.postFrom("/admin/people/admin.pages", "/admin/people/admin.pages/enabled", "enabled", "false");
        assertThat(people.find("admin.pages").map(Person::enabled)).contains(true);
        admin.postFrom("/admin/people/admin.pages", "/admin/people/admin.pages/roles", "role", "reader");
        assertThat(people.find("admin.pages").orElseThrow().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.get("/admin/people/admin.pages").body()).contains("You cannot disable your own account");
    }

    @Test
    void aTokenIssuedThroughThePageWorksUntilRevoked() throws Exception {
        HttpResponse<String> issued = admin.postFrom("/admin/tokens", "/admin/tokens", "organization", "MS-SA", "name", "MFA archive",
                "scope", "read", "days", "30");
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher secret = SECRET.matcher(issued.body());
        assertThat(secret.find()).as("the secret on the answer").isTrue();
        assertThat(api(secret.group(1))).isEqualTo(200);
        assertThat(admin.get("/admin/tokens").body()).contains("MFA archive").doesNotContain(secret.group(1));

        ApiTokens.Token token = tokens.all().stream().filter(t -> t.name().equals("MFA archive")).findFirst().orElseThrow();
        HttpResponse<String> revoked = admin.postFrom("/admin/tokens", "/admin/tokens/" + token.id() + "/revoke");
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(api(secret.group(1))).isEqualTo(401);
        assertThat(admin.get("/admin/tokens").body()).contains("The token is revoked").contains(">revoked<");

        HttpResponse<String> noScope = admin.postFrom("/admin/tokens", "/admin/tokens", "organization", "MS-SA", "name", "x", "days", "30");
        assertThat(noScope.statusCode()).isEqualTo(400);
        assertThat(noScope.body()).contains("Choose at least one scope");
    }

    @Test
    void theOrganizationsAreListedInTheThreeLanguages() throws Exception {
        String page = admin.get("/admin/organizations?ui=ar").body();
        assertThat(page).contains("dir=\"rtl\"").contains("MS-SA").contains("<td lang=\"en\" dir=\"ltr\">Saudi Arabia</td>")
                .contains("organizations.tsv").contains("دولة عضو");
        admin.get("/admin/organizations?ui=en"); // the choice is kept in a cookie; the other tests read English
    }

    @Test
    void everyFormNeedsItsTokenAndOnlyAdministratorsGetIn() throws Exception {
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=forged&displayName=F&organization=GS-IT&role=administrator")),
                "/admin/people");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(people.find("forged")).isEmpty();

        Browser auditor = signedIn("admin.pages.auditor", "GS-AUDIT", Role.AUDITOR);
        Browser clerk = signedIn("admin.pages.clerk", "GS-CONF", Role.REGISTRY_CLERK);
        for (String page : new String[] {"/admin/people", "/admin/people/admin.pages", "/admin/organizations", "/admin/tokens"}) {
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(200);
            assertThat(auditor.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(clerk.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(new Browser(port).get(page).statusCode()).as(page).isIn(302, 401);
        }
        // separation of duties: the administrator does not browse the trail either
        assertThat(admin.get("/audit").statusCode()).isEqualTo(403);
        assertThat(people.find("admin.pages.clerk").map(p -> p.roles().equals(Set.of(Role.REGISTRY_CLERK)))).contains(true);
    }

    private int api(String token) throws Exception {
        return new Browser(port).send(HttpRequest.newBuilder().header("Authorization", "Bearer " + token), "/api/documents").statusCode();
    }
}

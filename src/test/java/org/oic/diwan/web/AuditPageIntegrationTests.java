package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.access.Browser;
import org.oic.diwan.access.Role;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /audit}: an auditor (password and second factor) browses the trail with filters, fifty
 * entries a page, sees the verifier's verdict, exports the same selection; the reading is itself
 * an entry; nobody else gets in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageIntegrationTests extends BackOfficePages {

    @Autowired
    AuditTrail trail;

    private Browser auditor;

    @BeforeAll
    void auditor() throws Exception {
        auditor = signedIn("audit.pages", "GS-AUDIT", Role.AUDITOR);
        for (int i = 0; i < 60; i++) {
            trail.record(AuditEvent.of("audit.pages.subject", "drill.step", "drill/" + i, i % 10 == 0 ? "failed" : "ok"));
        }
    }

    @Test
    void theAuditorFiltersTheTrailAndSeesTheVerdict() throws Exception {
        HttpResponse<String> page = auditor.get("/audit?action=drill.&outcome=failed");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The chain is intact").contains(">drill/50<").contains(">drill/0<")
                .doesNotContain(">drill/51<").doesNotContain(">sign-in<")
                .contains("6 entries, newest first")
                .contains("/api/audit?action=drill.&amp;outcome=failed&amp;format=csv");
        // newest first
        assertThat(page.body().indexOf(">drill/50<")).isLessThan(page.body().indexOf(">drill/40<"));
        // the reading is an entry of the trail, with what was asked
        assertThat(trail.latest(1).getFirst().action()).isEqualTo("audit.browse");
        assertThat(trail.latest(1).getFirst().detailJson()).contains("drill.").contains("\"shown\":6");

        // the export link gives the same selection
        HttpResponse<String> csv = auditor.get("/api/audit?action=drill.&outcome=failed&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(7); // the header and six entries
    }

    @Test
    void fiftyAPageNewestFirstOrInOrderFromAPlace() throws Exception {
        String newest = auditor.get("/audit?actor=audit.pages.subject").body();
        assertThat(newest).contains("50 entries, newest first").contains(">drill/59<").doesNotContain(">drill/9<")
                .contains("Older entries");
        String older = auditor.get(link(newest, "Older entries")).body();
        assertThat(older).contains(">drill/9<").contains(">drill/0<").doesNotContain(">drill/10<").doesNotContain("Older entries");

        String inOrder = auditor.get("/audit?actor=audit.pages.subject&from=1").body();
        assertThat(inOrder).contains("in the order written");
        assertThat(inOrder.indexOf(">drill/0<")).isLessThan(inOrder.indexOf(">drill/1<"));
        assertThat(inOrder).contains("Next entries").contains("&amp;from=1&amp;format=jsonl");

        HttpResponse<String> days = auditor.get("/audit?since=2000-01-01&until=2000-01-02&ui=fr");
        assertThat(days.body()).contains("Aucune entrée ne correspond").contains("La chaîne est intacte");
        auditor.get("/audit?ui=en"); // the choice is kept in a cookie; the other tests read English
        assertThat(auditor.get("/audit?since=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAuditorsBrowse() throws Exception {
        Browser clerk = signedIn("audit.pages.clerk", "GS-CONF", Role.REGISTRY_CLERK);
        assertThat(clerk.get("/audit").statusCode()).isEqualTo(403);
        assertThat(new Browser(port).get("/audit").statusCode()).isIn(302, 401);
        assertThat(auditor.get("/admin/people").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/import").statusCode()).isEqualTo(403);
    }

    private static String link(String page, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a href=\"([^\"]+)\">" + text + "</a>").matcher(page);
        assertThat(m.find()).as("a link '%s'", text).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}

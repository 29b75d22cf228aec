package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.Registrar;
import org.oic.diwan.search.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every door against every kind of person and every kind of document: what each may see is
 * written here by hand (not derived from the policy), and checked through the API, the pages,
 * the originals, the search and the list. A person guessing the id of a document not meant for
 * them gets what a wrong id gets. The same table, run against a deliberately broken policy,
 * fails: the matrix can tell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diwan.cookies.secure=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("matrix").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    Registrar registrar;

    @Autowired
    Documents documents;

    @Autowired
    People people;

    @Autowired
    SearchIndex index;

    @Autowired
    AccessPolicy policy;

    @Autowired
    PasswordChange passwordChange;

    @Autowired
    Organizations organizations;

    @Autowired
    org.oic.diwan.mandates.MandateFollower mandateFollower;

    @Autowired
    org.oic.diwan.mandates.Mandates mandates;

    /** Each document's one mandate ("Requests the Secretary General to keep ... under review"). */
    private final Map<Doc, UUID> mandateIds = new LinkedHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The documents: one word each that no other holds. */
    enum Doc { PUBLIC_DOC, RESTRICTED_DOC, CONFIDENTIAL_TO_LEGAL, DRAFT }

    /** Who, and what each may see: written by hand. */
    record Who(String username, String organization, Set<Role> roles, Set<Doc> sees) {}

    static final List<Who> PEOPLE = List.of(
            new Who(null, "PUBLIC", Set.of(), Set.of(Doc.PUBLIC_DOC)),
            new Who("legal", "GS-LEGAL", Set.of(Role.READER), Set.of(Doc.PUBLIC_DOC, Doc.RESTRICTED_DOC, Doc.CONFIDENTIAL_TO_LEGAL)),
            new Who("delegate", "MS-SA", Set.of(Role.READER), Set.of(Doc.PUBLIC_DOC, Doc.RESTRICTED_DOC)),
            new Who("observer", "OBS-TH", Set.of(Role.READER), Set.of(Doc.PUBLIC_DOC)),
            new Who("clerk", "GS-CONF", Set.of(Role.REGISTRY_CLERK), Set.of(Doc.PUBLIC_DOC, Doc.RESTRICTED_DOC)),
            new Who("admin", "GS-IT", Set.of(Role.ADMINISTRATOR), Set.of(Doc.PUBLIC_DOC, Doc.RESTRICTED_DOC)),
            new Who("auditor", "GS-AUDIT", Set.of(Role.AUDITOR), Set.of(Doc.PUBLIC_DOC, Doc.RESTRICTED_DOC)),
            new Who("editor", "GS-CONF", Set.of(Role.EDITOR), Set.of(Doc.PUBLIC_DOC, Doc.RESTRICTED_DOC, Doc.DRAFT)));

    private final Map<Doc, UUID> documentIds = new LinkedHashMap<>();
    private final Map<Doc, Admission.VersionAccess> access = new LinkedHashMap<>();
    private final Map<String, String> authorization = new LinkedHashMap<>();
    /** People whose role needs a second factor browse with a session, signed in with both factors. */
    private final Map<String, Browser> sessions = new LinkedHashMap<>();

    static String word(Doc doc) {
        return switch (doc) {
            case PUBLIC_DOC -> "quokkaword";
            case RESTRICTED_DOC -> "narwhalword";
            case CONFIDENTIAL_TO_LEGAL -> "pangolinword";
            case DRAFT -> "axolotlword";
        };
    }

    @BeforeAll
    void documentsAndPeople(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        int n = 0;
        for (Doc doc : Doc.values()) {
            n++;
            Path file = folder.resolve("doc-" + n + ".txt");
            Files.writeString(file, """
                    OIC/CFM-7%d/2031/TST/RES/FINAL

                    RESOLUTION No. %d/7%d-TST
                    ON THE %s ARRANGEMENTS

                    The Council of Foreign Ministers, meeting in its Seventy-%s Session,

                    Recalling the %s arrangements;

                    1. Requests the Secretary General to keep the %s arrangements under review.
                    """.formatted(n, n, n, word(doc).toUpperCase(), List.of("First", "Second", "Third", "Fourth").get(n - 1), word(doc),
                    word(doc)));
            FileOutcome outcome = importer.importFile(file, Classification.RESTRICTED);
            assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
            documentIds.put(doc, outcome.documentId());
            UUID version = documents.find(outcome.documentId()).orElseThrow().versions().get(0).versionId();
            switch (doc) {
                case PUBLIC_DOC -> registrar.distribute(version, Classification.PUBLIC, false, Set.of(), Set.of(), "test");
                case RESTRICTED_DOC -> { }
                case CONFIDENTIAL_TO_LEGAL -> registrar.distribute(version, Classification.CONFIDENTIAL, false, Set.of("GS-LEGAL"), Set.of(), "test");
                case DRAFT -> registrar.distribute(version, Classification.RESTRICTED, true, Set.of(), Set.of(), "test");
            }
            access.put(doc, documents.access(version).orElseThrow());
        }
        for (Who who : PEOPLE) {
            if (who.username() != null) {
                String oneTime = people.create(who.username(), who.username(), who.organization(), who.roles(), "test").oneTimePassword();
                String chosen = "tall cedars over the wadi";
                if (who.roles().stream().anyMatch(Role::needsSecondFactor)) {
                    Browser browser = new Browser(port);
                    browser.signInFirstTime(who.username(), oneTime, chosen);
                    sessions.put(who.username(), browser);
                } else {
                    // the same service the password page uses: a one-time password opens nothing on the API
                    Subject subject = people.subject(people.find(who.username()).orElseThrow());
                    assertThat(passwordChange.change(subject, oneTime, chosen, chosen, "127.0.0.1")).isEmpty();
                }
                authorization.put(who.username(), "Basic " + Base64.getEncoder().encodeToString((who.username() + ":" + chosen).getBytes()));
            }
        }
        index.awaitCurrent();
        mandateFollower.catchUp();
        for (Doc doc : Doc.values()) {
            mandateIds.put(doc, mandates.list(org.oic.diwan.mandates.MandateQuery.all(), Admission.EVERYTHING).stream()
                    .filter(m -> m.documentId().equals(documentIds.get(doc))).findFirst().orElseThrow().id());
        }
    }

    private HttpResponse<String> postJson(Who who, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (who.username() != null) {
            request.header("Authorization", authorization.get(who.username()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(Who who, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (who.username() != null && sessions.containsKey(who.username())) {
            return sessions.get(who.username()).get(path);
        }
        if (who.username() != null) {
            request.header("Authorization", authorization.get(who.username()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyDoorAnswersAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : PEOPLE) {
            String label = who.username() == null ? "public" : who.username();
            String list = get(who, "/api/documents?size=100").body();
            for (Doc doc : Doc.values()) {
                boolean sees = who.sees().contains(doc);
                UUID id = documentIds.get(doc);
                int expected = sees ? 200 : 404;
                check(wrong, label, doc, "GET /api/documents/{id}", get(who, "/api/documents/" + id).statusCode(), expected);
                check(wrong, label, doc, "GET /api/documents/{id}/versions/en", get(who, "/api/documents/" + id + "/versions/en").statusCode(),
                        expected);
                check(wrong, label, doc, "GET original", get(who, "/api/documents/" + id + "/versions/en/original").statusCode(), expected);
                check(wrong, label, doc, "GET structure", get(who, "/api/documents/" + id + "/structure").statusCode(), expected);
                check(wrong, label, doc, "GET findings", get(who, "/api/documents/" + id + "/findings").statusCode(), expected);
                check(wrong, label, doc, "GET page", get(who, "/documents/" + id + "/en").statusCode(), expected);
                check(wrong, label, doc, "GET side by side", get(who, "/documents/" + id + "/compare?lang=en").statusCode(), expected);
                check(wrong, label, doc, "listed", list.contains(id.toString()) ? 200 : 404, expected);
                var search = json.readTree(get(who, "/api/search?q=" + word(doc)).body());
                check(wrong, label, doc, "search finds its word", search.get("total").asInt() > 0 ? 200 : 404, expected);
                check(wrong, label, doc, "search page", get(who, "/search?q=" + URLEncoder.encode(word(doc), StandardCharsets.UTF_8)).body()
                        .contains(id.toString()) ? 200 : 404, expected);
                check(wrong, label, doc, "home page", get(who, "/?ui=en").body().contains(id.toString()) ? 200 : 404, expected);
                check(wrong, label, doc, "browse sessions", get(who, "/browse/CFM?ui=en").body()
                        .contains(">session 7" + (doc.ordinal() + 1) + "<") ? 200 : 404, expected);
                UUID mandate = mandateIds.get(doc);
                check(wrong, label, doc, "GET /api/mandates/{id}", get(who, "/api/mandates/" + mandate).statusCode(), expected);
                check(wrong, label, doc, "GET /api/mandates/{id}/followups", get(who, "/api/mandates/" + mandate + "/followups").statusCode(),
                        expected);
                check(wrong, label, doc, "GET /mandates/{id}", get(who, "/mandates/" + mandate).statusCode(), expected);
                check(wrong, label, doc, "mandates listed", get(who, "/api/mandates?limit=500").body().contains(mandate.toString()) ? 200 : 404,
                        expected);
                check(wrong, label, doc, "mandates page", get(who, "/mandates").body().contains(mandate.toString()) ? 200 : 404, expected);
                if (!sessions.containsKey(who.username())) {
                    // the follow-up is the General Secretariat's: an editor of the Secretariat reports it, nobody else
                    int reported = postJson(who, "/api/mandates/" + mandate + "/followups", "{\"organization\":\"GS\",\"status\":\"in-progress\"}")
                            .statusCode();
                    // refused at the door whatever the mandate (nothing learnt of it), else not found when not seen
                    int allowed = who.username() == null ? 401 : !who.roles().contains(Role.EDITOR) ? 403 : sees ? 201 : 404;
                    check(wrong, label, doc, "POST /api/mandates/{id}/followups", reported, allowed);
                }
            }
            // nothing of what is hidden leaks through the facets of an empty search
            String everything = get(who, "/api/search?q=&size=100").body();
            for (Doc doc : Doc.values()) {
                if (!who.sees().contains(doc)) {
                    check(wrong, label, doc, "not in any result, count or facet",
                            everything.contains("CFM-7" + (doc.ordinal() + 1)) || everything.contains(documentIds.get(doc).toString()) ? 200 : 404, 404);
                }
            }
        }
        assertThat(wrong).as("doors that disagree with the table").isEmpty();
    }

    @Test
    void importingNeedsTheRightRole() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(null, 401);
        expected.put("delegate", 403);
        // password alone on the API: the second factor is missing (401); with it they still may not import
        expected.put("admin", 401);
        expected.put("auditor", 401);
        expected.put("clerk", 200);
        for (var entry : expected.entrySet()) {
            Who who = PEOPLE.stream().filter(p -> java.util.Objects.equals(p.username(), entry.getKey())).findFirst().orElseThrow();
            String boundary = "b" + UUID.randomUUID();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x-" + who.username()
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\nThe Council requests the member states to act.\r\n--" + boundary + "--\r\n";
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (who.username() != null) {
                request.header("Authorization", authorization.get(who.username()));
            }
            assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as(String.valueOf(who.username()))
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void theBackOfficePagesOpenToTheirRolesOnly() throws Exception {
        // by hand: who reaches each page; every other person is refused (403), the public asked to sign in
        // (401 to a client that does not ask for HTML, as here; a browser is sent to /signin, checked below)
        Map<String, Set<String>> reaches = new LinkedHashMap<>();
        reaches.put("/import", Set.of("clerk"));
        reaches.put("/admin/people", Set.of("admin"));
        reaches.put("/admin/people/clerk", Set.of("admin"));
        reaches.put("/admin/organizations", Set.of("admin"));
        reaches.put("/admin/tokens", Set.of("admin"));
        reaches.put("/audit", Set.of("auditor"));
        List<String> wrong = new ArrayList<>();
        for (var page : reaches.entrySet()) {
            for (Who who : PEOPLE) {
                int expected = who.username() == null ? 401 : page.getValue().contains(who.username()) ? 200 : 403;
                int actual = get(who, page.getKey()).statusCode();
                if (actual != expected) {
                    wrong.add("%s, GET %s: %d instead of %d".formatted(who.username() == null ? "public" : who.username(), page.getKey(),
                            actual, expected));
                }
            }
        }
        assertThat(wrong).as("back-office pages that disagree with the table").isEmpty();
        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/people"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    /** The table against a policy: the list of disagreements (empty when the policy is right). */
    private List<String> disagreements(AccessPolicy underTest) {
        List<String> wrong = new ArrayList<>();
        for (Who who : PEOPLE) {
            Subject subject = who.username() == null ? Subject.PUBLIC : people.subject(people.find(who.username()).orElseThrow());
            for (Doc doc : Doc.values()) {
                boolean permitted = underTest.decide(subject, Action.READ_DOCUMENT, access.get(doc)).permitted();
                if (permitted != who.sees().contains(doc)) {
                    wrong.add("%s %s %s".formatted(subject.name(), doc, permitted ? "permitted" : "denied"));
                }
            }
        }
        return wrong;
    }

    @Test
    void theTableHoldsForThePolicyAndFailsForABrokenOne() {
        assertThat(disagreements(policy)).isEmpty();
        AccessPolicy restrictedForAll = new AccessPolicy(organizations) {
            @Override
            public Admission admission(Subject subject) {
                Admission right = super.admission(subject);
                return new Admission(right.everything(), true, right.organizations(), right.person(), right.drafts());
            }
        };
        AccessPolicy administratorsReadEverything = new AccessPolicy(organizations) {
            @Override
            public Admission admission(Subject subject) {
                return subject.has(Role.ADMINISTRATOR) ? Admission.EVERYTHING : super.admission(subject);
            }
        };
        assertThat(disagreements(restrictedForAll)).isNotEmpty();
        assertThat(disagreements(administratorsReadEverything)).contains("admin CONFIDENTIAL_TO_LEGAL permitted");
    }

    private static void check(List<String> wrong, String who, Doc doc, String door, int actual, int expected) {
        if (actual != expected) {
            wrong.add("%s, %s, %s: %d instead of %d".formatted(who, doc, door, actual, expected));
        }
    }
}

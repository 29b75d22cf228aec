package org.oic.diwan.mandates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.access.ApiTokens;
import org.oic.diwan.access.Contacts;
import org.oic.diwan.access.People;
import org.oic.diwan.access.Role;
import org.oic.diwan.access.Subject;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mandates derived from the seeds once registered: one mandate for the three language versions,
 * fan-out to the member states, follow-ups reported only by those who answer for them, and the
 * same through the API, where the public sees none of a restricted document's mandates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MandatesIntegrationTests {

    /** A real SMTP server for the reminders. */
    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        smtp.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("diwan.reminders.from", () -> "diwan@oic-oci.org");
        registry.add("diwan.reminders.cron", () -> "-");
        registry.add("diwan.cookies.secure", () -> "false"); // the test browser speaks plain HTTP
        registry.add("diwan.data", () -> TestDataFolders.create("mandates").toString());
        registry.add("diwan.mandates.follow-every", () -> "PT1H"); // the test moves the follower itself
    }

    @LocalServerPort
    int port;
    @Autowired
    Importer importer;
    @Autowired
    MandateFollower follower;
    @Autowired
    Mandates mandates;
    @Autowired
    FollowUps followUps;
    @Autowired
    People people;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;
    @Autowired
    Contacts contacts;

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void registerTheSeeds() {
        List<java.nio.file.Path> files = new java.util.ArrayList<>(List.of(Seeds.file("000"), Seeds.file("001"), Seeds.file("002"),
                Seeds.file("003")));
        // three sessions of one resolution, each recalling the one before and asking the same again
        for (String resolution : List.of("r10", "r11", "r12")) {
            for (String language : List.of("ar", "en", "fr")) {
                files.add(corpus(resolution + "_" + language + ".txt"));
            }
        }
        importer.importFiles(files, Classification.RESTRICTED, outcome -> {});
        follower.catchUp();
    }

    @Test
    void theThreeVersionsOfTheItResolutionGiveOneSetOfMandates() {
        List<MandateSummary> it = mandates.list(MandateQuery.all(), Admission.EVERYTHING).stream()
                .filter(m -> "49/1".equals(m.resolution())).toList();
        assertThat(it).extracting(MandateSummary::paragraph).containsExactlyInAnyOrder("2", "3", "5");
        MandateSummary report = it.stream().filter(m -> m.paragraph().equals("5")).findFirst().orElseThrow();
        assertThat(report.addressees()).containsExactly("SG");
        assertThat(report.actions()).contains("report");
        assertThat(report.due()).isEqualTo("session:50"); // ar and fr say the 50th, en the 49th: the majority
        MandateDetail detail = mandates.find(report.id(), Admission.EVERYTHING).orElseThrow();
        assertThat(detail.texts().keySet()).containsExactlyInAnyOrder("ar", "en", "fr");
        assertThat(detail.followUps()).singleElement().satisfies(f -> assertThat(f.organization()).isEqualTo("GS"));
    }

    @Test
    void joiningTheDigitalSolidarityFundFansOutToEveryMemberState() {
        MandateSummary join = mandates.list(MandateQuery.all(), Admission.EVERYTHING).stream()
                .filter(m -> "38/3".equals(m.resolution()) && m.actions().contains("join")).findFirst().orElseThrow();
        assertThat(join.addressees()).containsExactly("MEMBER-STATES");
        List<FollowUp> states = mandates.followUps(join.id());
        assertThat(states).hasSize(57).allSatisfy(f -> assertThat(f.organization()).startsWith("MS-"));
        assertThat(states).extracting(FollowUp::organization).contains("MS-SN", "MS-SA", "MS-ID", "MS-NG");
        assertThat(join.followUps().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(57);
    }

    @Test
    void aFocalPointReportsForItsOwnStateOnly() {
        MandateSummary join = joinMandate();
        FollowUp senegal = followUp(join, "MS-SN");
        FollowUp saudi = followUp(join, "MS-SA");
        Subject focal = person("focal.sn", "MS-SN", Role.FOCAL_POINT);
        long trailBefore = trailSize();
        followUps.update(senegal.id(), new FollowUpUpdate(FollowUpStatus.DONE, "Joined the Fund by decree.", null), focal, "127.0.0.1");
        assertThat(followUp(join, "MS-SN").status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUp(join, "MS-SN").updates()).singleElement()
                .satisfies(u -> assertThat(u.note()).isEqualTo("Joined the Fund by decree."));
        assertThat(trailSize()).isEqualTo(trailBefore + 1);

        // another state's follow-up: refused, recorded as refused, nothing changed
        assertThatThrownBy(() -> followUps.update(saudi.id(), new FollowUpUpdate(FollowUpStatus.DONE, "", null), focal, "127.0.0.1"))
                .isInstanceOf(FollowUps.Refused.class);
        assertThat(followUp(join, "MS-SA").status()).isEqualTo(FollowUpStatus.NOT_STARTED);
        assertThat(followUp(join, "MS-SA").updates()).isEmpty();
        assertThat(lastTrailOutcome()).isEqualTo("denied");

        // a reader of the state may read, not report
        Subject reader = person("reader.sn", "MS-SN", Role.READER);
        assertThatThrownBy(() -> followUps.update(senegal.id(), new FollowUpUpdate(FollowUpStatus.IN_PROGRESS, "", null), reader, null))
                .isInstanceOf(FollowUps.Refused.class);
        // an editor of the Secretariat records what a state's letter says
        Subject editor = person("editor.legal", "GS-LEGAL", Role.EDITOR);
        followUps.update(saudi.id(), new FollowUpUpdate(FollowUpStatus.IN_PROGRESS, "Letter received.", null), editor, null);
        assertThat(followUp(join, "MS-SA").status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
        assertThat(mandates.find(join.id(), Admission.EVERYTHING).orElseThrow().summary().status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void badUpdatesAreRefusedAndChangeNothing() {
        FollowUp nigeria = followUp(joinMandate(), "MS-NG");
        Subject focal = person("focal.ng", "MS-NG", Role.FOCAL_POINT);
        long updates = jdbc.sql("select count(*) from follow_up_update").query(Long.class).single();
        assertThatThrownBy(() -> new FollowUpUpdate(null, "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpUpdate(FollowUpStatus.DONE, "x".repeat(FollowUpUpdate.MAX_NOTE + 1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> followUps.update(nigeria.id(),
                new FollowUpUpdate(FollowUpStatus.DONE, "", java.util.UUID.randomUUID()), focal, null))
                .isInstanceOf(FollowUps.NotFound.class);
        assertThatThrownBy(() -> followUps.update(java.util.UUID.randomUUID(), new FollowUpUpdate(FollowUpStatus.DONE, "", null), focal,
                null)).isInstanceOf(FollowUps.NotFound.class);
        assertThat(jdbc.sql("select count(*) from follow_up_update").query(Long.class).single()).isEqualTo(updates);
        assertThat(followUp(joinMandate(), "MS-NG").status()).isEqualTo(FollowUpStatus.NOT_STARTED);
    }

    @Test
    void thePublicSeesNoMandateOfARestrictedDocument() throws Exception {
        assertThat(mandates.list(MandateQuery.all(), Admission.PUBLIC)).isEmpty();
        HttpResponse<String> anonymous = get("/api/mandates", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json.readTree(anonymous.body()).size()).isZero();
        String id = joinMandate().id().toString();
        assertThat(get("/api/mandates/" + id, null).statusCode()).isEqualTo(404);
        assertThat(get("/api/mandates/" + id + "/followups", null).statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/mandates/" + id + "/followups"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"organization\":\"MS-SN\",\"status\":\"done\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void aMemberStatesSystemReadsMandatesAndFollowUpsByApi() throws Exception {
        String token = "Bearer " + tokens.issue("MS-SN", "Dakar archive", Set.of(ApiTokens.Scope.READ), Duration.ofDays(1), "test").secret();
        JsonNode list = json.readTree(get("/api/mandates?addressee=MS-SN", token).body());
        assertThat(list.size()).isGreaterThan(0);
        assertThat(list.valueStream().allMatch(m -> m.get("addressees").toString().contains("MEMBER-STATES"))).isTrue();
        JsonNode report = json.readTree(get("/api/mandates?addressee=SG&session=49", token).body());
        assertThat(report.valueStream().map(m -> m.get("due").asString())).contains("session:50");
        String id = list.valueStream().filter(m -> m.get("actions").toString().contains("join")).findFirst().orElseThrow()
                .get("id").asString();
        JsonNode followUps = json.readTree(get("/api/mandates/" + id + "/followups", token).body());
        assertThat(followUps.size()).isEqualTo(57);
        // a read token does not report
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/mandates/" + id + "/followups"))
                .header("Content-Type", "application/json").header("Authorization", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"organization\":\"MS-SN\",\"status\":\"done\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).doesNotContain("Exception");
        assertThat(get("/api/mandates?status=finished", token).statusCode()).isEqualTo(400);
    }

    @Test
    void focalPointsAreRemindedOfOverdueFollowUpsInTheirLanguageOncePerDay() throws Exception {
        person("focal.sa", "MS-SA", Role.FOCAL_POINT);
        contacts.set("focal.sa", "focal@mofa.gov.sa", "ar", "test");
        person("focal.tr", "MS-TR", Role.FOCAL_POINT); // no address: nobody to write to
        FollowUp saudi = followUp(joinMandate(), "MS-SA");
        jdbc.sql("update follow_up set due_date = current_date - 10 where id = ?").param(saudi.id()).update();
        long trailBefore = trailSize();

        int sent = reminders.send();

        assertThat(sent).isEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("focal@mofa.gov.sa");
        assertThat(received[0].getSubject()).startsWith("ديوان");
        String body = GreenMailUtil.getBody(received[0]);
        String decoded = received[0].getContent().toString();
        assertThat(decoded).contains("/mandates/" + joinMandate().id()).contains("متأخرة");
        assertThat(body).isNotBlank();
        assertThat(trailSize()).isEqualTo(trailBefore + 1);
        // the same day again: nothing new to say
        assertThat(reminders.send()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMandateRepeatedThreeSessionsWithNothingDoneStandsOut() {
        List<Mandates.RepeatedMandate> repeated = mandates.repeated(3, Admission.EVERYTHING);
        Mandates.RepeatedMandate statute = repeated.stream()
                .filter(r -> r.latest().addressees().contains("MEMBER-STATES") && r.latest().actions().contains("ratify"))
                .findFirst().orElseThrow(() -> new AssertionError("no repeated mandate to ratify: " + repeated));
        assertThat(statute.sessions()).isEqualTo(3);
        assertThat(statute.latest().session()).isEqualTo(50);
        assertThat(statute.line()).extracting(MandateSummary::session).containsExactly(48, 49, 50);
        assertThat(statute.line()).extracting(MandateSummary::resolution).containsExactly("48/5", "49/5", "50/5");
        // the history of the middle one is the same line
        assertThat(mandates.history(statute.line().get(1).id(), Admission.EVERYTHING)).hasSize(3);
        // nothing repeated in the seeds, and no line of three counts as repeated four times
        assertThat(mandates.repeated(4, Admission.EVERYTHING)).isEmpty();
        // once one state has ratified, the line is no longer one where nothing was done
        FollowUp oneState = mandates.followUps(statute.line().get(0).id()).get(0);
        followUps.update(oneState.id(), new FollowUpUpdate(FollowUpStatus.DONE, "Ratified.", null), Subject.OPERATOR, null);
        assertThat(mandates.repeated(3, Admission.EVERYTHING)).noneMatch(r -> r.latest().id().equals(statute.latest().id()));
    }

    @Test
    void theImplementationReportRendersInTheThreeLanguagesAsHtmlAndPdf() throws Exception {
        String token = "Bearer " + tokens.issue("GS-LEGAL", "Report desk", Set.of(ApiTokens.Scope.READ), Duration.ofDays(1), "test").secret();
        for (String lang : List.of("ar", "en", "fr")) {
            HttpResponse<String> html = get("/api/reports/implementation?session=50&lang=" + lang + "&format=html", token);
            assertThat(html.statusCode()).as(lang).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(html.body()).contains("lang=\"" + lang + "\"").contains("49/1");
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri("/api/reports/implementation?session=50&lang=" + lang + "&format=pdf"))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).as(lang).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                        java.text.Normalizer.Form.NFKC);
                assertThat(text).as(lang).contains("49/1");
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-samples"));
                java.nio.file.Files.write(java.nio.file.Path.of("target", "report-samples", "seeds-cfm-50-" + lang + ".pdf"), pdf.body());
            }
        }
        HttpResponse<String> arabic = get("/api/reports/implementation?session=50&lang=ar&format=html", token);
        assertThat(arabic.body()).contains("dir=\"rtl\"").contains("الأمين العام");
        // the public reads no restricted mandate: an empty report, still a report
        HttpResponse<String> anonymous = get("/api/reports/implementation?session=50&lang=en&format=html", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("49/1");
        assertThat(get("/api/reports/implementation?session=50&lang=xx", token).statusCode()).isEqualTo(400);
        assertThat(get("/api/reports/implementation?session=50&format=doc", token).statusCode()).isEqualTo(400);
        assertThat(lastTrailAction()).isEqualTo("report.export");
    }

    @Test
    void aFocalPointReportsThroughThePageWithAFileAsEvidence() throws Exception {
        MandateSummary join = joinMandate();
        people.create("focal.id", "Focal point of Indonesia", "MS-ID", Set.of(Role.FOCAL_POINT), "test");
        String oneTime = people.create("focal.my", "Focal point of Malaysia", "MS-MY", Set.of(Role.FOCAL_POINT), "test").oneTimePassword();
        org.oic.diwan.access.Browser browser = new org.oic.diwan.access.Browser(port);
        browser.signInFirstTime("focal.my", oneTime, "monsoon over the straits");
        String page = "/mandates/" + join.id();
        String html = browser.get(page).body();
        FollowUp malaysia = followUp(join, "MS-MY");
        FollowUp indonesia = followUp(join, "MS-ID");
        // the form is offered for Malaysia's follow-up only
        assertThat(html).contains("/followups/" + malaysia.id()).doesNotContain("/followups/" + indonesia.id());

        String boundary = "diwan" + java.util.UUID.randomUUID();
        String body = part(boundary, "_csrf", browser.csrf(page)) + part(boundary, "status", "done")
                + part(boundary, "note", "Instrument of accession deposited.")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidenceFile\"; filename=\"accession-my.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nInstrument of accession of Malaysia to the Digital Solidarity Fund, deposited.\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder()
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)), page + "/followups/" + malaysia.id());
        assertThat(posted.statusCode()).isEqualTo(302);
        FollowUp after = followUp(join, "MS-MY");
        assertThat(after.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(after.updates()).singleElement().satisfies(u -> {
            assertThat(u.note()).isEqualTo("Instrument of accession deposited.");
            assertThat(u.evidenceDocument()).isNotNull();
        });
        // another state's follow-up, even with a good token: refused, unchanged
        HttpResponse<String> other = browser.postFrom(page, page + "/followups/" + indonesia.id(), "status", "done");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(followUp(join, "MS-ID").status()).isEqualTo(FollowUpStatus.NOT_STARTED);
        // without the token: refused by CSRF protection
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=overtaken")), page + "/followups/" + malaysia.id());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(followUp(join, "MS-MY").status()).isEqualTo(FollowUpStatus.DONE);
        // the page and the dashboard in Arabic
        assertThat(browser.get(page + "?ui=ar").body()).contains("dir=\"rtl\"").contains("الدول الأعضاء");
        assertThat(browser.get("/mandates?overdue=true").statusCode()).isEqualTo(200);
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private String lastTrailAction() {
        return jdbc.sql("select action from audit.entry order by seq desc limit 1").query(String.class).single();
    }

    private static java.nio.file.Path corpus(String name) {
        try {
            return java.nio.file.Path.of(MandatesIntegrationTests.class.getResource("/mandates/corpus/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private MandateSummary joinMandate() {
        return mandates.list(MandateQuery.all(), Admission.EVERYTHING).stream()
                .filter(m -> "38/3".equals(m.resolution()) && m.actions().contains("join")).findFirst().orElseThrow();
    }

    private FollowUp followUp(MandateSummary mandate, String organization) {
        return mandates.followUps(mandate.id()).stream().filter(f -> f.organization().equals(organization)).findFirst().orElseThrow();
    }

    private Subject person(String username, String organization, Role role) {
        var person = people.find(username).orElseGet(() -> people.create(username, username, organization, Set.of(role), "test").person());
        return people.subject(person);
    }

    private long trailSize() {
        return jdbc.sql("select count(*) from audit.entry").query(Long.class).single();
    }

    private String lastTrailOutcome() {
        return jdbc.sql("select outcome from audit.entry order by seq desc limit 1").query(String.class).single();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

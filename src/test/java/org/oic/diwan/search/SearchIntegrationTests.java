package org.oic.diwan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search over the seeds, through the service and through HTTP: across languages, through the term
 * base, by symbol and number; and nothing of a restricted version reaches the public, not even
 * a count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("search").toString());
    }

    @Autowired
    Importer importer;

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @BeforeEach
    void seedsArePublic() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            importer.importFile(Seeds.file(seed), Classification.PUBLIC);
        }
        index.awaitCurrent();
    }

    private SearchResults publicly(String query) {
        return search.search(SearchRequest.of(query), org.oic.diwan.registry.Admission.PUBLIC);
    }

    @Test
    void arabicWordFindsTheResolutionWithItsOtherLanguages() {
        SearchResults results = publicly("رقمي");
        SearchResults.Hit it = results.hits().stream()
                .filter(h -> h.symbol() != null && h.symbol().contains("CFM-49")).findFirst().orElseThrow();
        assertThat(it.best().language()).isEqualTo("ar");
        assertThat(it.best().snippet().fragments()).anySatisfy(f -> assertThat(f.match()).isTrue());
        assertThat(it.otherLanguages()).extracting(SearchResults.VersionHit::language).containsExactly("en", "fr");
        assertThat(it.throughTermBase()).isFalse();
    }

    @Test
    void frenchWordsFindTheArabicOnlyResolutionThroughTheTermBase() {
        SearchResults results = publicly("solidarité numérique");
        assertThat(results.concepts()).isNotEmpty();
        assertThat(results.hits()).isNotEmpty();
        SearchResults.Hit first = results.hits().get(0);
        assertThat(first.title()).contains("التضامن الرقمي");
        assertThat(first.best().language()).isEqualTo("ar");
        assertThat(first.throughTermBase()).isTrue();
        assertThat(first.otherLanguages()).isEmpty();
    }

    @Test
    void symbolsSessionsAndNumbers() {
        SearchResults session = publicly("CFM-49");
        assertThat(session.total()).isEqualTo(1);
        assertThat(session.hits().get(0).otherLanguages()).hasSize(2);
        SearchResults number = publicly("1/49-IT");
        assertThat(number.hits().get(0).symbol()).contains("CFM-49");
        SearchResults arabicNumber = publicly("38/3-إع");
        assertThat(arabicNumber.hits().get(0).title()).contains("التضامن الرقمي");
        SearchResults older = publicly("CFM-38");
        assertThat(older.hits()).allSatisfy(h -> assertThat(h.session()).isEqualTo("CFM-38"));
        assertThat(older.total()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void filtersAndFacetsInBothCalendars() {
        SearchResults all = publicly("");
        assertThat(all.facets().get("lang")).extracting(SearchResults.FacetValue::value).contains("ar", "en", "fr");
        assertThat(all.facets().get("hijri_year")).extracting(SearchResults.FacetValue::value).contains("1444", "1432");
        SearchResults hijri = search.search(new SearchRequest("", null, null, null, null, null, null, null, "1444H", "1444H",
                false, 0, 10), org.oic.diwan.registry.Admission.PUBLIC);
        assertThat(hijri.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.session()).isEqualTo("CFM-49"));
        SearchResults french = search.search(new SearchRequest("numérique", List.of("fr"), null, null, null, null, null, null, null,
                null, false, 0, 10), org.oic.diwan.registry.Admission.PUBLIC);
        assertThat(french.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.best().language()).isEqualTo("fr"));
        SearchResults excluded = publicly("رقمي -التضامن");
        assertThat(excluded.hits()).noneSatisfy(h -> assertThat(h.title()).contains("التضامن"));
    }

    @Test
    void aRestrictedVersionLeavesNoTraceForThePublic() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, """
                OIC/CFM-77/2031/SEC/RES/FINAL

                RESOLUTION No. 1/77-SEC
                ON THE ZANZIBARITE ARRANGEMENTS

                The Council of Foreign Ministers, meeting in its Seventy-Seventh Session in Banjul,

                Recalling the zanzibarite arrangements;

                1. Requests the Secretary General to keep the zanzibarite arrangements under review.
                """);
        importer.importFile(secret, Classification.RESTRICTED);
        index.awaitCurrent();
        assertThat(search.search(SearchRequest.of("zanzibarite"), org.oic.diwan.registry.Admission.EVERYTHING).total()).isEqualTo(1);
        SearchResults hidden = publicly("zanzibarite");
        assertThat(hidden.total()).isZero();
        assertThat(hidden.hits()).isEmpty();
        SearchResults everything = publicly("");
        assertThat(everything.facets().get("session")).extracting(SearchResults.FacetValue::value).doesNotContain("CFM-77");
        assertThat(everything.facets().get("year")).extracting(SearchResults.FacetValue::value).doesNotContain("2031");
        assertThat(publicly("CFM-77").total()).isZero();
        JsonNode http = get("/api/search?q=zanzibarite");
        assertThat(http.get("total").asInt()).isZero();
        assertThat(http.toString()).doesNotContainIgnoringCase("zanzibarite arrangements");
    }

    @Test
    void theHttpApiAnswersAndRefusesBadInput() throws Exception {
        JsonNode results = get("/api/search?q=" + URLEncoder.encode("رقمي", StandardCharsets.UTF_8) + "&lang=ar");
        assertThat(results.get("total").asInt()).isPositive();
        assertThat(results.get("hits").get(0).get("best").get("snippet").get("direction").asString()).isEqualTo("rtl");
        assertThat(status("/api/search?q=x&page=-1")).isEqualTo(400);
        assertThat(status("/api/search?q=x&size=1000")).isEqualTo(400);
        assertThat(status("/api/search?q=x&from=yesterday")).isEqualTo(400);
        assertThat(status("/api/search?q=x&sort=random")).isEqualTo(400);
        assertThat(status("/api/search?q=" + "x".repeat(1200))).isEqualTo(400);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

}

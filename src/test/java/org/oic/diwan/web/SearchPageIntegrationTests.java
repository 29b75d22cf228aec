package org.oic.diwan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.search.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search page in the three interface languages: results, marked excerpts isolated in their direction, facets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("search-page").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void resultsFacetsAndExcerptsInEachInterfaceLanguage() throws Exception {
        for (String seed : List.of("000", "001", "002", "003")) {
            importer.importFile(Seeds.file(seed), Classification.PUBLIC);
        }
        index.awaitCurrent();
        String query = "/search?q=" + URLEncoder.encode("رقمي", StandardCharsets.UTF_8);

        String english = get(query, "en");
        assertThat(english).contains("<html lang=\"en\" dir=\"ltr\">").contains("results</p>")
                .contains("<bdi lang=\"ar\" dir=\"rtl\">").contains("<mark>")
                .contains("class=\"facet\"").contains("hijriYear=1444");
        assertThat(get(query, "ar")).contains("<html lang=\"ar\" dir=\"rtl\">").contains("السنة الهجرية");
        assertThat(get(query, "fr")).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Année de l’Hégire");

        String throughTermBase = get("/search?q=" + URLEncoder.encode("solidarité numérique", StandardCharsets.UTF_8), "fr");
        assertThat(throughTermBase).contains("trouvé grâce à la base terminologique").contains("التضامن الرقمي");

        assertThat(get("/search?q=x&from=yesterday", "en")).contains("class=\"problem\"").contains("not a date");
        // what the page prints of the query is escaped
        assertThat(get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8), "en"))
                .doesNotContain("<script>alert(1)</script>");
    }

    private String get(String path, String language) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}

package org.oic.diwan.linkage;

import java.util.List;
import org.oic.diwan.access.Callers;
import org.oic.diwan.search.Search;
import org.oic.diwan.search.SearchRequest;
import org.oic.diwan.search.SearchResults;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the registry searched in the three languages. Filters repeat or take
 * commas ({@code lang=ar,fr}); dates take either calendar ({@code from=1444H}).
 */
@RestController
class SearchApi {

    private final Search search;
    private final Callers callers;

    SearchApi(Search search, Callers callers) {
        this.search = search;
        this.callers = callers;
    }

    @GetMapping(path = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResults search(
            @RequestParam(name = "q", required = false, defaultValue = "") String query,
            @RequestParam(name = "lang", required = false) List<String> languages,
            @RequestParam(name = "body", required = false) List<String> bodies,
            @RequestParam(name = "session", required = false) List<String> sessions,
            @RequestParam(name = "year", required = false) List<String> years,
            @RequestParam(name = "hijriYear", required = false) List<String> hijriYears,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(name = "verb", required = false) List<String> verbs,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "sort", required = false, defaultValue = "relevance") String sort,
            @RequestParam(name = "page", required = false, defaultValue = "0") int page,
            @RequestParam(name = "size", required = false, defaultValue = "10") int size) {
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new IllegalArgumentException("sort must be relevance or date");
        }
        SearchRequest request = new SearchRequest(query, languages, bodies, sessions, years, hijriYears, kinds, verbs, from, to,
                sort.equals("date"), page, size);
        return search.search(request, callers.admission());
    }
}

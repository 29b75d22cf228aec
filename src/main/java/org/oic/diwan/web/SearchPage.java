package org.oic.diwan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oic.diwan.access.Callers;
import org.oic.diwan.search.Search;
import org.oic.diwan.search.SearchRequest;
import org.oic.diwan.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /search}: the search page, with facets that narrow the results and highlighted excerpts. */
@Controller
class SearchPage {

    /** The facet filters, by request parameter, in the order shown. */
    private static final Map<String, String> FACET_PARAMETERS = facetParameters();

    private final Search search;
    private final Callers callers;

    SearchPage(Search search, Callers callers) {
        this.search = search;
        this.callers = callers;
    }

    private static Map<String, String> facetParameters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("lang", "lang");
        map.put("body", "body");
        map.put("session", "session");
        map.put("year", "year");
        map.put("hijri_year", "hijriYear");
        map.put("kind", "kind");
        map.put("verb", "verb");
        return map;
    }

    /** A facet value as shown: its count, whether chosen, and the link that toggles it. */
    record FacetLink(String value, int count, boolean chosen, String href) {}

    record Facet(String name, List<FacetLink> values) {}

    @GetMapping("/search")
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
        String query = parameters.getFirst("q") == null ? "" : parameters.getFirst("q");
        boolean byDate = "date".equals(parameters.getFirst("sort"));
        int page = parsePage(parameters.getFirst("page"));
        model.addAttribute("q", query);
        model.addAttribute("sort", byDate ? "date" : "relevance");
        model.addAttribute("from", parameters.getFirst("from"));
        model.addAttribute("to", parameters.getFirst("to"));
        SearchRequest request;
        try {
            request = new SearchRequest(query, parameters.get("lang"), parameters.get("body"), parameters.get("session"),
                    parameters.get("year"), parameters.get("hijriYear"), parameters.get("kind"), parameters.get("verb"),
                    parameters.getFirst("from"), parameters.getFirst("to"), byDate, page, 10);
            SearchResults results = search.search(request, callers.admission());
            model.addAttribute("results", results);
            model.addAttribute("facets", facets(results, parameters));
            model.addAttribute("previous", page > 0 ? link(parameters, "page", Integer.toString(page - 1)) : null);
            model.addAttribute("next", (page + 1) * 10 < results.total() ? link(parameters, "page", Integer.toString(page + 1)) : null);
            model.addAttribute("pages", (results.total() + 9) / 10);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", e.getMessage());
        } catch (Search.Unavailable e) {
            model.addAttribute("unavailable", true);
        }
        return "search";
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Facet> facets(SearchResults results, MultiValueMap<String, String> parameters) {
        List<Facet> facets = new ArrayList<>();
        FACET_PARAMETERS.forEach((dim, parameter) -> {
            List<String> chosen = parameters.getOrDefault(parameter, List.of());
            List<FacetLink> links = new ArrayList<>();
            for (SearchResults.FacetValue value : results.facets().getOrDefault(dim, List.of())) {
                boolean isChosen = chosen.contains(value.value());
                links.add(new FacetLink(value.value(), value.count(), isChosen, toggle(parameters, parameter, value.value(), isChosen)));
            }
            if (!links.isEmpty()) {
                facets.add(new Facet(dim, links));
            }
        });
        return facets;
    }

    /** The same search with one facet value added or removed, from its first page. */
    private static String toggle(MultiValueMap<String, String> parameters, String parameter, String value, boolean chosen) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(parameters);
        next.remove("page");
        List<String> values = new ArrayList<>(next.getOrDefault(parameter, List.of()));
        if (chosen) {
            values.remove(value);
        } else {
            values.add(value);
        }
        next.put(parameter, values);
        return UriComponentsBuilder.fromPath("/search").queryParams(next).encode().build().toUriString();
    }

    private static String link(MultiValueMap<String, String> parameters, String name, String value) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(parameters);
        next.set(name, value);
        return UriComponentsBuilder.fromPath("/search").queryParams(next).encode().build().toUriString();
    }
}

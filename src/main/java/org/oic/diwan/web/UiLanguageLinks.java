package org.oic.diwan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language links: the same page with the same query (a search keeps its words,
 * a filtered list its filters), only {@code ui} changed. Found by the browser tests, where the
 * switch to French dropped the search.
 */
@ControllerAdvice(basePackageClasses = UiLanguageLinks.class)
class UiLanguageLinks {

    @ModelAttribute("uiLinks")
    Map<String, String> uiLinks(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String query = failed == null ? request.getQueryString() : null;
        Map<String, String> links = new LinkedHashMap<>();
        for (String language : new String[] {"ar", "en", "fr"}) {
            links.put(language, link(path, query, language));
        }
        return links;
    }

    static String link(String path, String query, String language) {
        try {
            return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("ui", language).build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return "?ui=" + language;
        }
    }
}

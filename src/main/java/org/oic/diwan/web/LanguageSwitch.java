package org.oic.diwan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The address of the page being shown, without its {@code ui} parameter: switching language keeps the page and its query. */
final class LanguageSwitch {

    private LanguageSwitch() {}

    static String here(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return path;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!name.equals("ui") && !name.isEmpty()) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }

}

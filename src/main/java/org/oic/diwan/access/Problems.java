package org.oic.diwan.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * RFC 9457 problems written by the security filters, which answer before any controller (and so
 * before the API's own problem handling): a type, a title, a detail of our own words, nothing else.
 */
final class Problems {

    private Problems() {}

    static void write(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://diwan.oic-oci.org/problems/" + type + "\",\"title\":\"" + escaped(title)
                + "\",\"status\":" + status + ",\"detail\":\"" + escaped(detail) + "\"}");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

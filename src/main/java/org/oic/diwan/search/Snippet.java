package org.oic.diwan.search;

import java.util.List;

/**
 * A highlighted excerpt, as pieces rather than markup: whoever shows it escapes the text and
 * marks the matches, and isolates it with its language and direction, so an Arabic excerpt
 * inside an English page (or the reverse) keeps its order.
 *
 * @param language the excerpt's language ({@code ar}, {@code en}, {@code fr})
 * @param direction {@code rtl} or {@code ltr}
 */
public record Snippet(String language, String direction, List<Fragment> fragments) {

    /** A piece of the excerpt; {@code match} when it is one of the words looked for. */
    public record Fragment(String text, boolean match) {}

    /** The excerpt as plain text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        fragments.forEach(f -> text.append(f.text()));
        return text.toString();
    }

    /** The excerpt as HTML: text escaped, matches in {@code <mark>}, isolated in its direction. */
    public String html() {
        StringBuilder html = new StringBuilder("<bdi lang=\"").append(language).append("\" dir=\"").append(direction).append("\">");
        for (Fragment fragment : fragments) {
            if (fragment.match()) {
                html.append("<mark>").append(escape(fragment.text())).append("</mark>");
            } else {
                html.append(escape(fragment.text()));
            }
        }
        return html.append("</bdi>").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

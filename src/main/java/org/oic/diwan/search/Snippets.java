package org.oic.diwan.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.oic.diwan.text.Language;

/** Highlights the words looked for in a paragraph, in its best passage, as {@link Snippet}s. */
final class Snippets {

    private static final int MAX_CHARS = 320;

    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(Analysis.perField())
            .withFormatter(new FragmentFormatter())
            .withMaxLength(100_000)
            .build();

    /** The best passage of {@code text} for {@code query}, or its beginning when nothing matches. */
    Snippet of(Language language, String text, Query query) {
        String direction = language.isRightToLeft() ? "rtl" : "ltr";
        if (text == null) {
            return new Snippet(language.code(), direction, List.of());
        }
        Object highlighted = null;
        try {
            highlighted = query == null ? null : highlighter.highlightWithoutSearcher(SearchFields.text(language), query, text, 1);
        } catch (IOException | RuntimeException e) {
            highlighted = null; // an excerpt without marks is better than none
        }
        if (highlighted instanceof List<?> fragments && !fragments.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Snippet.Fragment> list = (List<Snippet.Fragment>) fragments;
            return new Snippet(language.code(), direction, list);
        }
        String start = text.length() <= MAX_CHARS ? text : text.substring(0, cut(text, MAX_CHARS)) + "…";
        return new Snippet(language.code(), direction, List.of(new Snippet.Fragment(start.strip(), false)));
    }

    private static int cut(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return space > at / 2 ? space : at;
    }

    /** Turns the highlighter's passages into fragments, trimming long passages around their matches. */
    private static final class FragmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet.Fragment> fragments = new ArrayList<>();
            for (Passage passage : passages) {
                if (passage.getNumMatches() == 0) {
                    continue;
                }
                int start = passage.getStartOffset();
                int end = passage.getEndOffset();
                if (end - start > MAX_CHARS) {
                    int first = passage.getMatchStarts()[0];
                    start = Math.max(start, first - MAX_CHARS / 3);
                    int space = content.lastIndexOf(' ', first);
                    if (space > start && first - space < 40) {
                        start = Math.max(start, content.lastIndexOf(' ', Math.max(start, first - MAX_CHARS / 3)) + 1);
                    }
                    end = Math.min(end, start + MAX_CHARS);
                    int endSpace = content.lastIndexOf(' ', end);
                    if (endSpace > start + MAX_CHARS / 2) {
                        end = endSpace;
                    }
                }
                if (start > 0) {
                    fragments.add(new Snippet.Fragment("…", false));
                }
                int at = start;
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int ms = Math.max(passage.getMatchStarts()[m], at);
                    int me = Math.min(passage.getMatchEnds()[m], end);
                    if (ms >= me) {
                        continue;
                    }
                    if (ms > at) {
                        fragments.add(new Snippet.Fragment(content.substring(at, ms), false));
                    }
                    fragments.add(new Snippet.Fragment(content.substring(ms, me), true));
                    at = me;
                }
                if (at < end) {
                    fragments.add(new Snippet.Fragment(content.substring(at, end), false));
                }
                if (end < content.length()) {
                    fragments.add(new Snippet.Fragment("…", false));
                }
            }
            return merged(fragments);
        }

        /** Matches separated only by spaces are one match: «digital solidarity fund», not three. */
        private static List<Snippet.Fragment> merged(List<Snippet.Fragment> fragments) {
            List<Snippet.Fragment> out = new ArrayList<>();
            for (int i = 0; i < fragments.size(); i++) {
                Snippet.Fragment f = fragments.get(i);
                boolean bridge = !f.match() && f.text().isBlank() && i + 1 < fragments.size() && fragments.get(i + 1).match()
                        && !out.isEmpty() && out.getLast().match();
                if (bridge) {
                    Snippet.Fragment previous = out.removeLast();
                    out.add(new Snippet.Fragment(previous.text() + f.text() + fragments.get(i + 1).text(), true));
                    i++;
                } else if (f.match() && !out.isEmpty() && out.getLast().match()) {
                    out.add(new Snippet.Fragment(out.removeLast().text() + f.text(), true));
                } else {
                    out.add(f);
                }
            }
            return out;
        }
    }
}

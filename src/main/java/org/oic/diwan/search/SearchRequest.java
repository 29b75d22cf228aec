package org.oic.diwan.search;

import java.util.List;

/**
 * A search: what was typed, the filters chosen (each a list of facet values, any of which may
 * match), a date range in either calendar, the order and the page.
 *
 * @param from first day, Gregorian ({@code 2023-03-16}, {@code 2023}) or Hijri ({@code 1444-08-24H}, {@code 1444H})
 * @param to last day, likewise
 * @param byDate newest first rather than most relevant first
 * @param page from 0
 */
public record SearchRequest(
        String query,
        List<String> languages,
        List<String> bodies,
        List<String> sessions,
        List<String> years,
        List<String> hijriYears,
        List<String> kinds,
        List<String> verbs,
        String from,
        String to,
        boolean byDate,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;

    public SearchRequest {
        languages = copy(languages);
        bodies = copy(bodies);
        sessions = copy(sessions);
        years = copy(years);
        hijriYears = copy(hijriYears);
        kinds = copy(kinds);
        verbs = copy(verbs);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (query != null && query.length() > 1000) {
            throw new IllegalArgumentException("the query is longer than 1000 characters");
        }
    }

    /** Just words, first page of ten, by relevance. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, null, null, false, 0, 10);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}

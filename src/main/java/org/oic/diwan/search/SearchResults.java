package org.oic.diwan.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results: resolutions (across their language versions), the facets of all results
 * with their counts, and what the term base contributed.
 *
 * @param total how many resolutions match
 * @param concepts the term base's concepts the query named (their ids and names)
 * @param index whether the index is complete, or being rebuilt
 */
public record SearchResults(
        String query,
        int total,
        int page,
        int size,
        List<Hit> hits,
        Map<String, List<FacetValue>> facets,
        List<ConceptUsed> concepts,
        IndexStatus index) {

    /** One resolution found, with its best paragraph and its other language versions. */
    /**
     * @param symbolKey the document's normalized symbol, or null
     * @param resolutionKey the resolution's number key ({@code 49/1}), {@code #n} for the n-th unnumbered one, empty for the document as a whole
     */
    public record Hit(
            String documentId,
            String symbolKey,
            String resolutionKey,
            String resolution,
            String title,
            String symbol,
            String kind,
            String body,
            String session,
            String date,
            float score,
            boolean throughTermBase,
            VersionHit best,
            List<VersionHit> otherLanguages) {}

    /**
     * A language version of the resolution found; for the best, the paragraph that matched; for
     * the others, the paragraph of the same kind and number, when there is one.
     */
    public record VersionHit(
            String language,
            String versionId,
            String file,
            String title,
            String symbol,
            String paragraphKind,
            String paragraphNumber,
            Integer paragraphPosition,
            Snippet snippet) {}

    public record FacetValue(String value, int count) {}

    public record ConceptUsed(String id, String en, String fr, String ar) {}

    public record IndexStatus(boolean ready, boolean rebuilding, int rebuildDone, int rebuildTotal) {}
}

package org.oic.diwan.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.oic.diwan.text.Language;
import org.springframework.stereotype.Service;

/**
 * Answers searches: plans the query, filters by what the caller may see and by the facets
 * chosen, collects resolutions, and dresses each with its best paragraph highlighted and its
 * other language versions.
 */
@Service("searchService")
public class Search {

    private static final int FACET_VALUES = 40;
    /** What aligning the other versions needs of each entry: everything but the text. */
    private static final java.util.Set<String> SCAN_FIELDS = java.util.Set.of(SearchFields.ENTRY, SearchFields.VERSION,
            SearchFields.LANGUAGE, SearchFields.TYPE, SearchFields.NUMBER, SearchFields.TITLE, SearchFields.SYMBOL_PRINTED,
            SearchFields.FILE, SearchFields.POSITION);

    private final SearchIndex index;
    private final TermBases termBases;
    private final Snippets snippets = new Snippets();

    Search(SearchIndex index, TermBases termBases) {
        this.index = index;
        this.termBases = termBases;
    }

    /** Thrown when the index cannot answer now (being built for the first time, or found damaged). */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Searches what the caller may see.
     *
     * @param admission what the access policy admits for the caller
     */
    public SearchResults search(SearchRequest request, org.oic.diwan.registry.Admission admission) {
        QueryPlan plan = QueryPlan.of(QueryText.parse(request.query()), termBases.current());
        Query admitted = SearchAdmission.filter(admission);
        Query query = withFilters(plan.expanded(), request, admitted);
        SearchIndex.State state = index.state();
        SearchResults.IndexStatus status = new SearchResults.IndexStatus(state.ready(), state.rebuilding(),
                state.rebuildDone(), state.rebuildTotal());
        IndexSearcher searcher;
        try {
            searcher = index.acquire();
        } catch (IOException e) {
            index.reportDamage(e);
            throw new Unavailable("the search index is being rebuilt");
        }
        if (searcher == null) {
            return new SearchResults(request.query(), 0, request.page(), request.size(), List.of(), Map.of(), concepts(plan), status);
        }
        try {
            int wanted = (request.page() + 1) * request.size();
            org.apache.lucene.search.Weight excluded = plan.excluded() == null ? null
                    : searcher.createWeight(searcher.rewrite(plan.excluded()), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
            ResolutionCollector.Collected collected = searcher.search(query,
                    ResolutionCollector.manager(wanted, request.byDate(), excluded));
            List<ResolutionCollector.Found> page = collected.top().subList(Math.min(collected.top().size(), request.page() * request.size()),
                    collected.top().size());
            StoredFields stored = searcher.storedFields();
            List<SearchResults.Hit> hits = new ArrayList<>();
            for (ResolutionCollector.Found found : page) {
                hits.add(hit(searcher, stored, found, plan, admitted));
            }
            return new SearchResults(request.query(), collected.total(), request.page(), request.size(), hits,
                    facets(collected.facets()), concepts(plan), status);
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            if (e instanceof IOException) {
                index.reportDamage((IOException) e);
            }
            throw new Unavailable("the search index could not be read; it is being rebuilt");
        } finally {
            index.release(searcher);
        }
    }

    private static Query withFilters(Query main, SearchRequest request, Query admitted) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(main, Occur.MUST);
        // a title says what a resolution is about: a match there counts double
        query.add(new BooleanQuery.Builder()
                .add(main, Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.TYPE, "title")), Occur.FILTER)
                .build(), Occur.SHOULD);
        query.add(admitted, Occur.FILTER);
        anyOf(query, SearchFields.LANGUAGE, request.languages());
        anyOf(query, SearchFields.BODY, request.bodies().stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList());
        anyOf(query, SearchFields.SESSION, request.sessions().stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList());
        anyOf(query, SearchFields.YEAR, request.years());
        anyOf(query, SearchFields.HIJRI_YEAR, request.hijriYears());
        anyOf(query, SearchFields.KIND, request.kinds());
        anyOf(query, SearchFields.VERB, request.verbs());
        Optional<LocalDate> from = DateBound.parse(request.from(), false);
        Optional<LocalDate> to = DateBound.parse(request.to(), true);
        if (from.isPresent() || to.isPresent()) {
            query.add(LongPoint.newRangeQuery(SearchFields.DATE, from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
                    to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)), Occur.FILTER);
        }
        return query.build();
    }

    private static void anyOf(BooleanQuery.Builder query, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        query.add(any.build(), Occur.FILTER);
    }

    private SearchResults.Hit hit(IndexSearcher searcher, StoredFields stored, ResolutionCollector.Found found, QueryPlan plan,
            Query admitted) throws IOException {
        Document best = stored.document(found.doc());
        if (IndexEntries.isWhole(best.get(SearchFields.TYPE))) {
            best = bestParagraph(searcher, best, plan, admitted).orElse(best);
        }
        Language language = Language.ofCode(best.get(SearchFields.LANGUAGE)).orElse(Language.EN);
        SearchResults.VersionHit bestVersion = versionHit(best, language, plan.anyWord());
        boolean throughTermBase = false;
        if (!plan.concepts().isEmpty()) {
            Query literal = new BooleanQuery.Builder()
                    .add(plan.literal(), Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.GROUP, found.group())), Occur.FILTER)
                    .add(admitted, Occur.FILTER)
                    .build();
            throughTermBase = searcher.count(literal) == 0;
        }
        List<SearchResults.VersionHit> others = otherLanguages(searcher, found.group(), best, language, admitted, plan.anyWord());
        String date = best.getField(SearchFields.DATE) == null ? null
                : LocalDate.ofEpochDay(best.getField(SearchFields.DATE).numericValue().longValue()).toString();
        String group = found.group();
        String resolutionKey = group.contains("/") ? group.substring(group.indexOf('/') + 1) : "";
        return new SearchResults.Hit(best.get(SearchFields.DOCUMENT), best.get(SearchFields.SYMBOL_KEY_SHOWN), resolutionKey,
                best.get(SearchFields.RESOLUTION_PRINTED),
                best.get(SearchFields.TITLE), best.get(SearchFields.SYMBOL_PRINTED), best.get(SearchFields.KIND),
                best.get(SearchFields.BODY), best.get(SearchFields.SESSION), date, found.score(), throughTermBase, bestVersion,
                others);
    }

    /**
     * The paragraph that best stands for a whole version or resolution found: among its own
     * paragraphs, the one that matches the most of the words looked for.
     */
    private static Optional<Document> bestParagraph(IndexSearcher searcher, Document whole, QueryPlan plan, Query admitted)
            throws IOException {
        Query within = new BooleanQuery.Builder()
                .add(plan.anyWord(), Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.GROUP, whole.get(SearchFields.GROUP))), Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.VERSION, whole.get(SearchFields.VERSION))), Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.TYPE, "version")), Occur.MUST_NOT)
                .add(new TermQuery(new Term(SearchFields.TYPE, "resolution")), Occur.MUST_NOT)
                .add(admitted, Occur.FILTER)
                .build();
        TopDocs top = searcher.search(within, 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    }

    private SearchResults.VersionHit versionHit(Document entry, Language language, Query query) {
        String text = entry.get(SearchFields.text(language));
        Snippet snippet = text != null ? snippets.of(language, text, query)
                : snippets.of(language, Optional.ofNullable(entry.get(SearchFields.TITLE)).orElse(""), query);
        String type = IndexEntries.isWhole(entry.get(SearchFields.TYPE)) ? "version" : entry.get(SearchFields.TYPE);
        Integer position = entry.getField(SearchFields.POSITION) == null ? null
                : entry.getField(SearchFields.POSITION).numericValue().intValue();
        return new SearchResults.VersionHit(language.code(), entry.get(SearchFields.VERSION), entry.get(SearchFields.FILE),
                entry.get(SearchFields.TITLE), entry.get(SearchFields.SYMBOL_PRINTED), "version".equals(type) ? null : type,
                entry.get(SearchFields.NUMBER), position, snippet);
    }

    /**
     * The resolution's other language versions the caller may see; each with the paragraph that
     * stands where the best paragraph stands (same kind, same number, else same rank).
     */
    private List<SearchResults.VersionHit> otherLanguages(IndexSearcher searcher, String group, Document best, Language bestLanguage,
            Query admitted, Query query) throws IOException {
        String bestType = best.get(SearchFields.TYPE);
        // only the entries that can stand beside the best one: its kind of paragraph, and the versions' heads
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        for (String type : new java.util.LinkedHashSet<>(List.of(bestType, "version", "resolution"))) {
            types.add(new TermQuery(new Term(SearchFields.TYPE, type)), Occur.SHOULD);
        }
        Query inGroup = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.GROUP, group)), Occur.FILTER)
                .add(types.build(), Occur.FILTER)
                .add(admitted, Occur.FILTER)
                .build();
        TopDocs docs = searcher.search(inGroup, 5000, new Sort(SortField.FIELD_DOC));
        StoredFields stored = searcher.storedFields();
        String bestNumber = best.get(SearchFields.NUMBER);
        String bestVersion = best.get(SearchFields.VERSION);
        int bestRank = -1;
        Map<String, List<Document>> byVersion = new LinkedHashMap<>();
        Map<String, Integer> docOfEntry = new java.util.HashMap<>();
        for (ScoreDoc doc : docs.scoreDocs) {
            // the text is loaded only for the paragraphs shown
            Document entry = stored.document(doc.doc, SCAN_FIELDS);
            docOfEntry.put(entry.get(SearchFields.ENTRY), doc.doc);
            byVersion.computeIfAbsent(entry.get(SearchFields.VERSION), k -> new ArrayList<>()).add(entry);
        }
        List<Document> own = byVersion.getOrDefault(bestVersion, List.of());
        for (int i = 0, rank = 0; i < own.size(); i++) {
            if (bestType.equals(own.get(i).get(SearchFields.TYPE))) {
                if (own.get(i).get(SearchFields.ENTRY).equals(best.get(SearchFields.ENTRY))) {
                    bestRank = rank;
                }
                rank++;
            }
        }
        List<SearchResults.VersionHit> others = new ArrayList<>();
        for (Map.Entry<String, List<Document>> version : byVersion.entrySet()) {
            List<Document> entries = version.getValue();
            Language language = Language.ofCode(entries.get(0).get(SearchFields.LANGUAGE)).orElse(null);
            if (version.getKey().equals(bestVersion) || language == null || language == bestLanguage) {
                continue;
            }
            Document aligned = aligned(entries, bestType, bestNumber, bestRank);
            Document head = entries.stream().filter(e -> "version".equals(e.get(SearchFields.TYPE))).findFirst().orElse(entries.get(0));
            if (aligned == null || IndexEntries.isWhole(bestType)) {
                SearchResults.VersionHit hit = versionHit(head, language, query);
                others.add(new SearchResults.VersionHit(hit.language(), hit.versionId(), hit.file(), hit.title(), hit.symbol(), null, null,
                        null, null));
            } else {
                aligned = stored.document(docOfEntry.get(aligned.get(SearchFields.ENTRY)));
                SearchResults.VersionHit hit = versionHit(aligned, language, query);
                others.add(new SearchResults.VersionHit(hit.language(), hit.versionId(), hit.file(), head.get(SearchFields.TITLE),
                        head.get(SearchFields.SYMBOL_PRINTED), hit.paragraphKind(), hit.paragraphNumber(), hit.paragraphPosition(),
                        hit.snippet()));
            }
        }
        others.sort(Comparator.comparing(SearchResults.VersionHit::language));
        return others;
    }

    private static Document aligned(List<Document> entries, String type, String number, int rank) {
        if (type == null || IndexEntries.isWhole(type)) {
            return null;
        }
        if (number != null) {
            String wanted = digits(number);
            for (Document entry : entries) {
                if (type.equals(entry.get(SearchFields.TYPE)) && entry.get(SearchFields.NUMBER) != null
                        && digits(entry.get(SearchFields.NUMBER)).equals(wanted)) {
                    return entry;
                }
            }
        }
        int at = 0;
        for (Document entry : entries) {
            if (type.equals(entry.get(SearchFields.TYPE))) {
                if (at == rank) {
                    return entry;
                }
                at++;
            }
        }
        return null;
    }

    private static String digits(String number) {
        return org.oic.diwan.reading.Digits.ascii(number).replaceAll("[^0-9A-Za-z]", "");
    }

    private static Map<String, List<SearchResults.FacetValue>> facets(Map<String, Map<String, Integer>> counted) {
        Map<String, List<SearchResults.FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : SearchFields.FACETS) {
            Map<String, Integer> counts = counted.getOrDefault(dim, Map.of());
            Comparator<SearchResults.FacetValue> order = dim.equals(SearchFields.YEAR) || dim.equals(SearchFields.HIJRI_YEAR)
                    ? Comparator.comparing(SearchResults.FacetValue::value).reversed()
                    : Comparator.comparingInt(SearchResults.FacetValue::count).reversed().thenComparing(SearchResults.FacetValue::value);
            facets.put(dim, counts.entrySet().stream().map(e -> new SearchResults.FacetValue(e.getKey(), e.getValue()))
                    .sorted(order).limit(FACET_VALUES).toList());
        }
        return facets;
    }

    private List<SearchResults.ConceptUsed> concepts(QueryPlan plan) {
        return plan.concepts().stream().distinct().map(c -> new SearchResults.ConceptUsed(c.id(),
                first(c, Language.EN), first(c, Language.FR), first(c, Language.AR))).toList();
    }

    private static String first(TermBase.Concept concept, Language language) {
        List<String> variants = concept.variants().getOrDefault(language, List.of());
        return variants.isEmpty() ? null : variants.get(0);
    }
}

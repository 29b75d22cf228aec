package org.oic.diwan.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.oic.diwan.text.Language;

/**
 * The trilingual term base ({@code search/termbase.tsv}, written by us): concepts of the
 * Organization's work, each with its variants in Arabic, English and French. A query that names
 * a concept in one language also looks for it in the others.
 *
 * <p>Variants are compared as their analyzed terms, so the query matches a variant whatever its
 * inflection, article or accents; a query that is two or more consecutive terms of a variant
 * ({@code solidarité numérique} in {@code Fonds de solidarité numérique}) names it too.
 */
final class TermBase {

    /** One concept: its id and its variants by language, the preferred first. */
    record Concept(String id, Map<Language, List<String>> variants) {}

    /** A concept named by a query, and which of its variant's terms the query said. */
    record Match(Concept concept, Language language, int firstClause, int lastClause) {}

    private final List<Concept> concepts;
    /** The variants holding each term, so that a query looks only at those that share a term with it. */
    private final Map<Language, Map<String, List<Variant>>> byTerm = new EnumMap<>(Language.class);
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    private record Variant(Concept concept, List<Set<String>> terms) {}

    TermBase(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        for (Language language : Language.values()) {
            analyzers.put(language, Analysis.of(language));
            List<Variant> list = new ArrayList<>();
            for (Concept concept : concepts) {
                for (String variant : concept.variants().getOrDefault(language, List.of())) {
                    List<Set<String>> terms = terms(language, variant);
                    if (!terms.isEmpty()) {
                        list.add(new Variant(concept, terms));
                    }
                }
            }
            Map<String, List<Variant>> index = new HashMap<>();
            for (Variant variant : list) {
                for (Set<String> position : variant.terms()) {
                    for (String term : position) {
                        List<Variant> holders = index.computeIfAbsent(term, k -> new ArrayList<>());
                        if (holders.isEmpty() || holders.getLast() != variant) {
                            holders.add(variant);
                        }
                    }
                }
            }
            byTerm.put(language, index);
        }
    }

    static TermBase load() {
        try (InputStream in = TermBase.class.getResourceAsStream("/search/termbase.tsv")) {
            if (in == null) {
                throw new IllegalStateException("search/termbase.tsv is missing from the application");
            }
            return new TermBase(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Concept> parse(BufferedReader reader) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        for (String[] columns : org.oic.diwan.TsvRows.read(reader, 4, "termbase.tsv")) {
            Map<Language, List<String>> variants = new EnumMap<>(Language.class);
            variants.put(Language.EN, split(columns[1]));
            variants.put(Language.FR, split(columns[2]));
            variants.put(Language.AR, split(columns[3]));
            concepts.add(new Concept(columns[0].strip(), variants));
        }
        return concepts;
    }

    private static List<String> split(String column) {
        List<String> variants = new ArrayList<>();
        for (String variant : column.split("\\|")) {
            if (!variant.isBlank()) {
                variants.add(variant.strip());
            }
        }
        return List.copyOf(variants);
    }

    List<Concept> concepts() {
        return concepts;
    }

    /** The analyzed terms of a text in a language, one set per position. */
    List<Set<String>> terms(Language language, String text) {
        List<Set<String>> positions = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream(SearchFields.text(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && !positions.isEmpty()) {
                    positions.getLast().add(term.toString());
                } else {
                    positions.add(new LinkedHashSet<>(List.of(term.toString())));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /**
     * The concepts a run of words names, longest first, without overlaps.
     *
     * @param words consecutive plain words of a query
     */
    List<Match> find(List<String> words) {
        List<Match> found = new ArrayList<>();
        for (Language language : Language.values()) {
            // the terms of each word, and which word each term came from
            List<Set<String>> terms = new ArrayList<>();
            List<Integer> wordOf = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                for (Set<String> position : terms(language, words.get(w))) {
                    terms.add(position);
                    wordOf.add(w);
                }
            }
            int i = 0;
            while (i < terms.size()) {
                int bestLength = 0;
                boolean bestWhole = false;
                List<Variant> best = new ArrayList<>();
                java.util.LinkedHashSet<Variant> candidates = new java.util.LinkedHashSet<>();
                for (String term : terms.get(i)) {
                    candidates.addAll(byTerm.get(language).getOrDefault(term, List.of()));
                }
                for (Variant variant : candidates) {
                    int length = matchLength(variant.terms(), terms, i);
                    if (length == 0) {
                        continue;
                    }
                    boolean whole = length == variant.terms().size();
                    // longest first; at equal length a whole name before parts of longer ones; parts
                    // that tie are all kept ("computer emergency response team": the OIC's and the national ones)
                    if (length > bestLength || (length == bestLength && whole && !bestWhole)) {
                        bestLength = length;
                        bestWhole = whole;
                        best.clear();
                        best.add(variant);
                    } else if (length == bestLength && whole == bestWhole) {
                        best.add(variant);
                    }
                }
                if (!best.isEmpty()) {
                    int first = wordOf.get(i);
                    int last = wordOf.get(i + bestLength - 1);
                    best.stream().map(Variant::concept).distinct()
                            .forEach(concept -> found.add(new Match(concept, language, first, last)));
                    i += bestLength;
                } else {
                    i++;
                }
            }
        }
        return withoutOverlaps(found);
    }

    /**
     * How many query terms from {@code at} a variant accounts for: all of the variant's terms, or
     * at least two consecutive ones of a longer variant. Zero when it does not match.
     */
    private static int matchLength(List<Set<String>> variant, List<Set<String>> query, int at) {
        int best = 0;
        for (int start = 0; start < variant.size(); start++) {
            // the query's terms in the name's order; the name may have a word more here and there
            // ("équipe d'intervention [en cas] d'urgence informatique")
            int length = 0;
            int matched = 0;
            int skips = 0;
            int k = start;
            while (k < variant.size() && at + length < query.size()) {
                if (intersects(variant.get(k), query.get(at + length))) {
                    length++;
                    matched++;
                    k++;
                } else if (length > 0 && skips < 2) {
                    skips++;
                    k++;
                } else {
                    break;
                }
            }
            boolean whole = start == 0 && matched == variant.size();
            // a part of a name: two terms or more, and at least half of the name
            if (whole || (length >= 2 && 2 * matched >= variant.size())) {
                best = Math.max(best, length);
            }
        }
        return best;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String term : a) {
            if (b.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private static List<Match> withoutOverlaps(List<Match> matches) {
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort((a, b) -> Integer.compare(b.lastClause() - b.firstClause(), a.lastClause() - a.firstClause()));
        List<Match> kept = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Match match : sorted) {
            boolean sameSpan = kept.stream().anyMatch(k -> k.firstClause() == match.firstClause() && k.lastClause() == match.lastClause());
            boolean overlaps = !sameSpan && kept.stream().anyMatch(k -> !k.concept().equals(match.concept())
                    && k.firstClause() <= match.lastClause() && match.firstClause() <= k.lastClause());
            if (!overlaps && seen.putIfAbsent(match.concept().id() + "@" + match.firstClause(), true) == null) {
                kept.add(match);
            }
        }
        return kept;
    }
}

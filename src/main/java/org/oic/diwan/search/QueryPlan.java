package org.oic.diwan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.oic.diwan.reading.DocumentSymbol;
import org.oic.diwan.reading.ResolutionNumber;
import org.oic.diwan.text.Language;

/**
 * Turns what was typed into Lucene queries: each word is looked for in the three languages'
 * fields, each with its own analysis; names of documents and resolutions are looked for in the
 * symbol and number fields; concepts of the term base also bring their other languages' names.
 *
 * @param literal what was typed, without the term base
 * @param expanded what was typed, each concept also looked for by its names in other languages
 * @param excluded what excludes a resolution wherever it appears in it ({@code -word}), or null
 * @param concepts the concepts the query names
 */
record QueryPlan(Query literal, Query expanded, Query excluded, List<TermBase.Concept> concepts, List<Query> highlight) {

    /** Any of the words and names looked for: to choose and mark the excerpt of a result. */
    Query anyWord() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        highlight.forEach(q -> any.add(q, Occur.SHOULD));
        return highlight.isEmpty() ? expanded : any.build();
    }

    /** Shared: an analyzer keeps its token streams per thread; one per query would rebuild them every time. */
    private static final Analyzer ANALYZER = Analysis.perField();

    /** How much a match through the term base counts against a match of the words typed. */
    private static final float EXPANSION_BOOST = 0.6f;

    static QueryPlan of(QueryText text, TermBase termBase) {
        Builder builder = new Builder(termBase);
        return builder.plan(text);
    }

    private static final class Builder {
        private final TermBase termBase;
        private final QueryBuilder lucene = new QueryBuilder(ANALYZER);
        private final List<TermBase.Concept> concepts = new ArrayList<>();
        private final List<Query> highlight = new ArrayList<>();

        Builder(TermBase termBase) {
            this.termBase = termBase;
        }

        QueryPlan plan(QueryText text) {
            List<QueryText.Clause> clauses = text.clauses();
            // concepts are found in runs of consecutive plain words
            List<TermBase.Match> matches = new ArrayList<>();
            java.util.Map<Integer, TermBase.Match> phraseConcepts = new java.util.HashMap<>();
            int runStart = -1;
            for (int i = 0; i <= clauses.size(); i++) {
                boolean plain = i < clauses.size() && isPlainWord(clauses.get(i));
                if (plain && runStart < 0) {
                    runStart = i;
                } else if (!plain && runStart >= 0) {
                    List<String> words = clauses.subList(runStart, i).stream().map(QueryText.Clause::text).toList();
                    int offset = runStart;
                    termBase.find(words).forEach(m -> matches.add(new TermBase.Match(m.concept(), m.language(),
                            m.firstClause() + offset, m.lastClause() + offset)));
                    runStart = -1;
                }
                if (i < clauses.size() && clauses.get(i).kind() == QueryText.Kind.PHRASE && !clauses.get(i).excluded()) {
                    int at = i;
                    termBase.find(List.of(clauses.get(i).text())).stream().findFirst()
                            .ifPresent(m -> phraseConcepts.put(at, m));
                }
            }
            BooleanQuery.Builder literal = new BooleanQuery.Builder();
            BooleanQuery.Builder expanded = new BooleanQuery.Builder();
            BooleanQuery.Builder excluded = new BooleanQuery.Builder();
            boolean anyPositive = false;
            boolean anyExcluded = false;
            for (int i = 0; i < clauses.size(); i++) {
                QueryText.Clause clause = clauses.get(i);
                List<TermBase.Match> named = conceptsStartingAt(matches, i);
                if (!named.isEmpty() && !clause.excluded()) {
                    TermBase.Match match = named.get(0);
                    List<Query> parts = new ArrayList<>();
                    for (int j = match.firstClause(); j <= match.lastClause(); j++) {
                        clauseQuery(clauses.get(j)).ifPresent(parts::add);
                    }
                    Query said = all(parts);
                    Query other = null;
                    for (TermBase.Match each : named) {
                        Query expansion = expansion(each);
                        other = other == null ? expansion : expansion == null ? other : either(other, expansion);
                        concepts.add(each.concept());
                    }
                    if (said != null) {
                        literal.add(said, Occur.MUST);
                        expanded.add(other == null ? said : either(said, other), Occur.MUST);
                        anyPositive = true;
                    }
                    i = match.lastClause();
                    continue;
                }
                if (clause.kind() == QueryText.Kind.PHRASE && !clause.excluded()) {
                    Optional<TermBase.Match> phraseConcept = Optional.ofNullable(phraseConcepts.get(i));
                    Optional<Query> said = clauseQuery(clause);
                    if (said.isPresent()) {
                        literal.add(said.get(), Occur.MUST);
                        Query other = phraseConcept.map(this::expansion).orElse(null);
                        expanded.add(other == null ? said.get() : either(said.get(), other), Occur.MUST);
                        phraseConcept.ifPresent(m -> concepts.add(m.concept()));
                        anyPositive = true;
                    }
                    continue;
                }
                Optional<Query> query = clauseWithAlternatives(clause);
                if (query.isEmpty()) {
                    continue;
                }
                if (clause.excluded()) {
                    excluded.add(query.get(), Occur.SHOULD);
                    anyExcluded = true;
                    continue;
                }
                literal.add(query.get(), Occur.MUST);
                expanded.add(query.get(), Occur.MUST);
                anyPositive = true;
            }
            if (!anyPositive) {
                literal.add(new MatchAllDocsQuery(), Occur.MUST);
                expanded.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            Query session = sessionNamed(clauses);
            Query expandedQuery = expanded.build();
            if (session != null) {
                // "the 50th session of the Council of Foreign Ministers": its resolutions, whatever their words
                expandedQuery = new BooleanQuery.Builder().add(expandedQuery, Occur.SHOULD).add(session, Occur.SHOULD).build();
            }
            return new QueryPlan(literal.build(), expandedQuery, anyExcluded ? excluded.build() : null, List.copyOf(concepts),
                    List.copyOf(highlight));
        }

        /** The session a query names by its body and ordinal, in any of the three languages, as a boosted query. */
        private static Query sessionNamed(List<QueryText.Clause> clauses) {
            String typed = String.join(" ", clauses.stream().filter(c -> !c.excluded() && c.kind() != QueryText.Kind.SYMBOL)
                    .map(QueryText.Clause::text).toList());
            if (typed.isBlank()) {
                return null;
            }
            for (Language language : Language.values()) {
                List<org.oic.diwan.reading.BodyMention> bodies = org.oic.diwan.reading.Bodies.find(typed, language);
                List<org.oic.diwan.reading.OrdinalMention> ordinals = org.oic.diwan.reading.Ordinals.find(typed, language);
                if (bodies.size() == 1 && ordinals.size() == 1) {
                    String session = bodies.get(0).code() + "-" + ordinals.get(0).value();
                    return new BoostQuery(new TermQuery(new Term(SearchFields.SESSION, session)), 3f);
                }
            }
            return null;
        }

        private static boolean isPlainWord(QueryText.Clause clause) {
            return clause.kind() == QueryText.Kind.WORD && !clause.excluded() && clause.alternatives().isEmpty();
        }

        /** The concepts named by the words from {@code i}: one, or several that tie for the same words. */
        private static List<TermBase.Match> conceptsStartingAt(List<TermBase.Match> matches, int i) {
            List<TermBase.Match> at = matches.stream().filter(m -> m.firstClause() == i).toList();
            if (at.isEmpty()) {
                return at;
            }
            int last = at.get(0).lastClause();
            return at.stream().filter(m -> m.lastClause() == last).toList();
        }

        private Optional<Query> clauseWithAlternatives(QueryText.Clause clause) {
            if (clause.alternatives().isEmpty()) {
                return clauseQuery(clause);
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean some = false;
            for (QueryText.Clause each : concat(clause)) {
                Optional<Query> q = clauseQuery(each);
                if (q.isPresent()) {
                    any.add(q.get(), Occur.SHOULD);
                    some = true;
                }
            }
            return some ? Optional.of(any.build()) : Optional.empty();
        }

        private static List<QueryText.Clause> concat(QueryText.Clause clause) {
            List<QueryText.Clause> all = new ArrayList<>();
            all.add(new QueryText.Clause(clause.kind(), clause.text(), false));
            all.addAll(clause.alternatives());
            return all;
        }

        /** One word, phrase or symbol, looked for in every field where it can be. */
        private Optional<Query> clauseQuery(QueryText.Clause clause) {
            return switch (clause.kind()) {
                case WORD -> text(clause.text(), false);
                case PHRASE -> text(clause.text(), true);
                case SYMBOL -> symbol(clause.text());
            };
        }

        /**
         * A word or phrase in each language's field. A word that one language's analysis drops is
         * a function word there ("and", "du", "في") and is dropped altogether: required in the other
         * languages' fields, it would match nothing.
         */
        private Optional<Query> text(String text, boolean phrase) {
            List<Query> perLanguage = new ArrayList<>();
            for (Language language : Language.values()) {
                String field = SearchFields.text(language);
                Query q = phrase ? lucene.createPhraseQuery(field, text) : lucene.createBooleanQuery(field, text, Occur.MUST);
                if (q == null && !phrase) {
                    return Optional.empty();
                }
                if (q != null) {
                    perLanguage.add(q);
                }
            }
            highlight.addAll(perLanguage);
            return perLanguage.isEmpty() ? Optional.empty() : Optional.of(new DisjunctionMaxQuery(perLanguage, 0.1f));
        }

        /**
         * A document symbol, a session ({@code CFM-49}) or a resolution number ({@code 1/49-IT}):
         * exact or as the beginning of a symbol, or as consecutive parts of one.
         */
        private Optional<Query> symbol(String typed) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            String upper = typed.toUpperCase(Locale.ROOT);
            any.add(new TermQuery(new Term(SearchFields.SESSION, upper)), Occur.SHOULD);
            DocumentSymbol symbol = DocumentSymbol.of(typed);
            String key = symbol.key().toLowerCase(Locale.ROOT);
            any.add(new BoostQuery(new TermQuery(new Term(SearchFields.SYMBOL_KEY, key)), 2f), Occur.SHOULD);
            any.add(new PrefixQuery(new Term(SearchFields.SYMBOL_KEY, key + "/")), Occur.SHOULD);
            Query parts = lucene.createPhraseQuery(SearchFields.SYMBOL_PARTS, typed);
            if (parts != null) {
                any.add(parts, Occur.SHOULD);
            }
            ResolutionNumber.parse(typed).ifPresent(number -> {
                any.add(new BoostQuery(new TermQuery(new Term(SearchFields.RESOLUTION, number.key())), 2f), Occur.SHOULD);
                if (number.topic() != null) {
                    any.add(new BoostQuery(new TermQuery(new Term(SearchFields.RESOLUTION,
                            number.key() + "-" + number.topic().toUpperCase(Locale.ROOT))), 3f), Occur.SHOULD);
                }
            });
            // a word that only looks like a symbol may still be text ("COVID-19")
            text(typed, false).ifPresent(q -> any.add(q, Occur.SHOULD));
            return Optional.of(any.build());
        }

        /** The concept's names in every language but the typed variant, as phrases in their fields. */
        private Query expansion(TermBase.Match match) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int count = 0;
            for (Language language : Language.values()) {
                String field = SearchFields.text(language);
                for (String variant : match.concept().variants().getOrDefault(language, List.of())) {
                    Query q = lucene.createPhraseQuery(field, variant, 1);
                    if (q != null) {
                        any.add(q, Occur.SHOULD);
                        highlight.add(q);
                        count++;
                    }
                }
            }
            return count == 0 ? null : new BoostQuery(any.build(), EXPANSION_BOOST);
        }

        private static Query all(List<Query> parts) {
            if (parts.isEmpty()) {
                return null;
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            parts.forEach(p -> all.add(p, Occur.MUST));
            return all.build();
        }

        private static Query either(Query a, Query b) {
            return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
        }
    }
}

package org.oic.diwan.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.Classification;

/**
 * The access policy's {@link Admission} as a Lucene filter, applied to every search before
 * anything is counted, faceted or quoted: results, totals, facet counts, excerpts and the other
 * language versions shown beside a hit all come from admitted entries only. The same rule as
 * {@link Admission#admits}, which the access tests compare it with.
 */
final class SearchAdmission {

    private SearchAdmission() {}

    static Query filter(Admission admission) {
        if (admission.everything()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        visible.add(term(SearchFields.CLASSIFICATION, Classification.PUBLIC.code()), Occur.SHOULD);
        if (admission.restricted()) {
            visible.add(term(SearchFields.CLASSIFICATION, Classification.RESTRICTED.code()), Occur.SHOULD);
        }
        BooleanQuery.Builder named = new BooleanQuery.Builder();
        boolean anyName = false;
        for (String organization : admission.organizations()) {
            named.add(term(SearchFields.READER_ORGANIZATION, organization), Occur.SHOULD);
            anyName = true;
        }
        if (admission.person() != null) {
            named.add(term(SearchFields.READER_PERSON, admission.person()), Occur.SHOULD);
            anyName = true;
        }
        if (anyName) {
            visible.add(new BooleanQuery.Builder()
                    .add(term(SearchFields.CLASSIFICATION, Classification.CONFIDENTIAL.code()), Occur.FILTER)
                    .add(named.build(), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(visible.build(), Occur.FILTER);
        if (!admission.drafts()) {
            filter.add(term(SearchFields.EMBARGOED, "true"), Occur.MUST_NOT);
        }
        return filter.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}

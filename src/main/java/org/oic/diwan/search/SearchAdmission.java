package org.oic.diwan.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.oic.diwan.registry.Classification;
import org.springframework.stereotype.Component;

/**
 * Which entries a caller may see, as a filter applied to every search before anything is
 * counted, faceted or quoted: results, totals, facet counts, snippets and the other language
 * versions shown beside a hit all come from admitted entries only. The access policy replaces
 * this rule; until then only public versions are admitted, except for the operator.
 */
@Component
public class SearchAdmission {

    /** The filter for a caller. */
    public Query filter(Caller caller) {
        if (caller.operator()) {
            return new MatchAllDocsQuery();
        }
        return new TermQuery(new Term(SearchFields.CLASSIFICATION, Classification.PUBLIC.code()));
    }
}

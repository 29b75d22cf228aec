package org.oic.diwan.search;

import java.util.List;
import org.oic.diwan.text.Language;

/** The names of the index's fields, in one place. */
final class SearchFields {

    private SearchFields() {}

    /** Unique id of an entry: {@code v:<version>} or {@code p:<version>:<position>}. */
    static final String ENTRY = "entry";
    /** The document, for replacing all of its entries at once. */
    static final String DOCUMENT = "document";
    static final String VERSION = "version";
    /** The resolution across its language versions: {@code <document>/<resolution key or position>}. */
    static final String GROUP = "group";
    /** What the entry is: {@code version} or the paragraph's kind ({@code preamble}, {@code operative}...). */
    static final String TYPE = "type";
    static final String LANGUAGE = "lang";
    static final String KIND = "kind";
    static final String BODY = "body";
    static final String SESSION = "session";
    static final String YEAR = "year";
    static final String HIJRI_YEAR = "hijri_year";
    /** The session's first day (or the year's first day) as an epoch day, for filters and sorting. */
    static final String DATE = "date";
    static final String RESOLUTION = "resolution";
    static final String RESOLUTION_PRINTED = "resolution_printed";
    static final String TITLE = "title";
    static final String SYMBOL_KEY = "symbol_key";
    static final String SYMBOL_PARTS = "symbol_parts";
    /** The symbol key as registered (the indexed one is lower-cased). */
    static final String SYMBOL_KEY_SHOWN = "symbol_key_shown";
    static final String SYMBOL_PRINTED = "symbol_printed";
    static final String VERB = "verb";
    static final String NUMBER = "number";
    static final String POSITION = "position";
    static final String CLASSIFICATION = "classification";
    static final String EMBARGOED = "embargoed";
    static final String READER_ORGANIZATION = "reader_org";
    static final String READER_PERSON = "reader_person";
    static final String FILE = "file";

    /** The facets offered with results, in the order shown. */
    static final List<String> FACETS = List.of(BODY, SESSION, YEAR, HIJRI_YEAR, LANGUAGE, KIND, VERB);

    static String text(Language language) {
        return "text_" + language.code();
    }
}

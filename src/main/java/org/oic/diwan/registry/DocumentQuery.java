package org.oic.diwan.registry;

import org.oic.diwan.text.Language;

/**
 * Which documents to list, and which page of them.
 *
 * @param language only documents with a version in this language, or null for all
 * @param bodyCode only documents of this body ({@code CFM}), or null
 * @param sessionOrdinal only documents of sessions with this ordinal, or null
 * @param page zero-based page number
 * @param size documents per page, 1 to {@value #MAX_SIZE}
 */
public record DocumentQuery(Language language, String bodyCode, Integer sessionOrdinal, int page, int size) {

    public static final int MAX_SIZE = 200;

    public DocumentQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}

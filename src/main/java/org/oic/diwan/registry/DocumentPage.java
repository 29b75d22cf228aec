package org.oic.diwan.registry;

import java.util.List;

/** One page of a document list. */
public record DocumentPage(List<DocumentSummary> items, int page, int size, long totalItems) {

    public long totalPages() {
        return (totalItems + size - 1) / size;
    }
}

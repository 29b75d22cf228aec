package org.oic.diwan.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A line of the document list: what identifies a document and which languages it has. */
public record DocumentSummary(
        UUID id,
        String symbol,
        String label,
        String kind,
        String body,
        Integer session,
        Integer year,
        List<String> languages,
        Instant registeredAt) {}

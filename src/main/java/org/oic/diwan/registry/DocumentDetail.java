package org.oic.diwan.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A document with its session and every version it has, newest revision first per language. */
public record DocumentDetail(
        UUID id,
        String symbol,
        String symbolKey,
        String kind,
        Body body,
        Session session,
        Integer year,
        Instant registeredAt,
        List<VersionSummary> versions) {

    /** The body that issued the document, named in the three languages. */
    public record Body(String code, String nameEn, String nameFr, String nameAr) {}

    /** The session that issued the document. */
    public record Session(UUID id, int ordinal, boolean extraordinary, Integer year, String place) {}
}

package org.oic.diwan.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A document whole, as derived views (the search index, exports) need it: its description and
 * the latest revision of each language version with its resolutions and paragraphs.
 *
 * @param hijriStartsOn the session's first day in the Hijri calendar ({@code 1444-08-24}), or null
 */
public record DocumentContent(
        UUID id,
        String symbolKey,
        String symbol,
        String kind,
        String bodyCode,
        Integer sessionOrdinal,
        boolean extraordinary,
        Integer year,
        LocalDate startsOn,
        String hijriStartsOn,
        List<Version> versions) {

    /** The latest revision of one language version. */
    public record Version(
            UUID id,
            String language,
            int revision,
            String fileName,
            String symbolPrinted,
            Classification classification,
            boolean embargoed,
            java.util.Set<String> readerOrganizations,
            java.util.Set<String> readerPersons,
            boolean extractionSuspect,
            List<StoredResolution> resolutions,
            List<StoredParagraph> paragraphs) {}
}

package org.oic.diwan.registry;

import org.oic.diwan.text.Language;

/**
 * A language version ready to be registered: its staged original and what was read from it.
 *
 * @param symbolPrinted the symbol as printed, or null
 * @param symbolKey the symbol's normalized key, shared by the document's versions, or null
 * @param bodyCode the issuing body (from the symbol, else from the text), or null
 * @param sessionOrdinal the session (from the symbol, else from the text), or null
 * @param year the year printed in the symbol, or null
 * @param structure what reading the text found
 * @param classification who may see the version
 * @param importedBy who imports it, for the audit trail
 */
public record NewVersion(
        StagedOriginal original,
        String mediaType,
        String fileName,
        Language language,
        String text,
        String symbolPrinted,
        String symbolKey,
        String bodyCode,
        Integer sessionOrdinal,
        boolean extraordinarySession,
        Integer year,
        VersionStructure structure,
        Classification classification,
        String importedBy) {}

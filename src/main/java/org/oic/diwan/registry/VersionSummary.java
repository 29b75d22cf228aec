package org.oic.diwan.registry;

import java.time.Instant;

/** One language version (one revision of it): its original and how it was read. */
public record VersionSummary(
        java.util.UUID versionId,
        String language,
        int revision,
        String fileName,
        String mediaType,
        String sha256,
        long sizeBytes,
        String symbolPrinted,
        boolean extractionSuspect,
        String suspectReason,
        Instant importedAt) {}

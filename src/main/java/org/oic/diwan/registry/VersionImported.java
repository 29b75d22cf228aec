package org.oic.diwan.registry;

import java.util.UUID;

/** A language version was registered, with the original it was read from. */
public record VersionImported(UUID documentId, UUID versionId, String language, int revision, String sha256) {}

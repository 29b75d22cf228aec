package org.oic.diwan.registry;

import java.util.UUID;

/** Who may read a version changed: its classification, embargo or distribution list. */
public record VersionDistributed(UUID documentId, UUID versionId, String classification, boolean embargoed) {}

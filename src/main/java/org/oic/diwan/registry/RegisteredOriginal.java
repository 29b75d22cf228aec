package org.oic.diwan.registry;

import java.util.UUID;

/** An original already in the registry: the document and version it belongs to. */
public record RegisteredOriginal(UUID documentId, UUID versionId, String language, int revision, String symbolPrinted) {}

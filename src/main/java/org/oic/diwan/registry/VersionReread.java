package org.oic.diwan.registry;

import java.util.UUID;

/** A version was read again by a newer reader: its resolutions and paragraphs were replaced. */
public record VersionReread(UUID documentId, UUID versionId, String edition) {}

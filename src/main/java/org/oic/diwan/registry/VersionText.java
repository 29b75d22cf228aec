package org.oic.diwan.registry;

import java.util.UUID;

/** A version's text with what describes it. */
public record VersionText(UUID documentId, String symbol, VersionSummary version, String text) {}

package org.oic.diwan.registry;

import java.util.UUID;

/** An original already in the registry: the document and version it belongs to. */
public record RegisteredOriginal(UUID documentId, String language, String symbolPrinted) {}

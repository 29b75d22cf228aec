package org.oic.diwan.registry;

import java.util.UUID;
import org.oic.diwan.text.Language;

/** The latest revision of one language version of a document, with its text, for reading it again. */
public record CurrentVersion(UUID versionId, Language language, String fileName, String text) {}

package org.oic.diwan.web;

import java.util.List;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.StoredResolution;
import org.oic.diwan.registry.VersionSummary;
import org.oic.diwan.text.Language;

/** One language version as the side-by-side view needs it: what describes it and how it was read. */
record ComparedVersion(Language language, VersionSummary version, List<StoredParagraph> paragraphs,
        List<StoredResolution> resolutions) {}

package org.oic.diwan.consistency;

import java.util.List;

/**
 * An inconsistency found inside a version or between the versions of a document.
 *
 * @param kind a stable name ({@code session-reference-mismatch}), for filters and tests
 */
public record Finding(String kind, Severity severity, Message message, List<Location> locations) {}

package org.oic.diwan.consistency;

/**
 * Where a finding stands: the version (its file), the paragraph ("operative 5", "header") and
 * the character range {@code [start, end)} in that version's text.
 */
public record Location(String file, String language, String paragraph, int start, int end) {}

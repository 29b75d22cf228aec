package org.oic.diwan.reading;

/**
 * A stretch {@code [start, end)} of a version's text and what it is.
 *
 * @param resolution index of the resolution it belongs to, or -1 (header, table of contents)
 * @param number the paragraph's number or letter as printed, or null
 * @param text the paragraph's text without its number and markup, for display
 * @param verb the operative verb, for operative paragraphs
 */
public record Segment(SegmentKind kind, int start, int end, int resolution, String number, String text, OperativeVerb verb) {}

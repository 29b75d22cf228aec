package org.oic.diwan.reading;

/** What a stretch of a version's text is. Every character of the text is in exactly one segment. */
public enum SegmentKind {
    /** The document's head: symbol, kind, body, session, place, dates. */
    HEADER,
    /** A table of contents: it lists the content, it is not content. */
    TOC,
    /** A resolution's number and title. */
    TITLE,
    /** The paragraph that says who adopted the resolution, where and when. */
    OPENING,
    /** A preambular paragraph ("Recalling ..."). */
    PREAMBLE,
    /** The formula between preamble and operative part ("Decides as follows:"). */
    ENACTING,
    /** An operative paragraph ("1. Requests ..."). */
    OPERATIVE,
    /** A sub-heading among the operative paragraphs ("(a) On ..."). */
    HEADING,
    /** Anything else: separators, notes, a text that is not a resolution. */
    OTHER;

    /** The lower-case name used in JSON and in the database. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

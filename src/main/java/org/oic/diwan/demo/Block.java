package org.oic.diwan.demo;

/**
 * One structural piece of a rendered resolution, before it is laid out as text, Markdown or HTML.
 *
 * @param kind what the piece is, which decides its layout
 * @param label the paragraph number ("1.", "- 1-"), or empty
 * @param lead the opening verb or phrase, emphasized in Markdown and HTML, or empty
 * @param text the rest; header, number and title blocks may hold several lines
 */
record Block(Kind kind, String label, String lead, String text) {

    enum Kind {
        SYMBOL,
        HEADER,
        NUMBER,
        TITLE,
        PARAGRAPH,
        HEADING,
        NUMBERED
    }

    static Block of(Kind kind, String text) {
        return new Block(kind, "", "", text);
    }

    static Block paragraph(String lead, String text) {
        return new Block(Kind.PARAGRAPH, "", lead, text);
    }
}

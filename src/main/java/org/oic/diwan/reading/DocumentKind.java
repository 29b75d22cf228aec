package org.oic.diwan.reading;

/** What a document is, as far as its text tells. */
public enum DocumentKind {
    RESOLUTION("resolution"),
    RESOLUTION_SET("resolution-set"),
    DECLARATION("declaration"),
    REPORT("report"),
    COMMUNIQUE("communique"),
    /** Not a resolution nor any kind above: read honestly as paragraphs, nothing invented. */
    OTHER("other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** The name used in JSON and in the database. */
    public String label() {
        return label;
    }
}

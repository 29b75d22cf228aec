package org.oic.diwan.consistency;

/** How much a finding matters. */
public enum Severity {
    /** The versions or the text contradict themselves: someone must correct the document. */
    ERROR,
    /** Probably a slip worth a look. */
    WARNING,
    /** Worth knowing, usually not wrong (a Hijri date one day off, as moon sighting allows). */
    INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

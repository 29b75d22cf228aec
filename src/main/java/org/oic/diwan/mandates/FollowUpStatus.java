package org.oic.diwan.mandates;

import java.util.Locale;

/** Where one addressee stands with one mandate. */
public enum FollowUpStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** Superseded by a later resolution or by events: no longer to be done. */
    OVERTAKEN,
    /** Done again and again: an annual report, a contribution each session. */
    RECURRING;

    /** The lower-case, hyphenated name used in URLs, JSON and the database ({@code not-started}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FollowUpStatus ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

}

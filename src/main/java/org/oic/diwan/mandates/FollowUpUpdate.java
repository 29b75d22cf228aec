package org.oic.diwan.mandates;

import java.util.UUID;

/**
 * What a focal point reports on a follow-up.
 *
 * @param note what was done, in any language (at most {@link #MAX_NOTE} characters)
 * @param evidenceDocument a document of the registry that shows it (a report, a letter, an uploaded file), or null
 */
public record FollowUpUpdate(FollowUpStatus status, String note, UUID evidenceDocument) {

    public static final int MAX_NOTE = 4000;

    public FollowUpUpdate {
        if (status == null) {
            throw new IllegalArgumentException("a status is required: not-started, in-progress, done, overtaken or recurring");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("the note is longer than " + MAX_NOTE + " characters");
        }
        if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException("the note holds control characters");
        }
    }
}

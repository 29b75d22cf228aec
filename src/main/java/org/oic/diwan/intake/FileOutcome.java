package org.oic.diwan.intake;

import java.util.UUID;

/**
 * What became of one file: imported, duplicate (its bytes were registered before) or rejected
 * with a reason. Fields that do not apply are null.
 */
public record FileOutcome(
        String path, Status status, String reason, UUID documentId, String language, String sha256, String symbol) {

    /** The three endings of a file's import. */
    public enum Status {
        IMPORTED,
        DUPLICATE,
        REJECTED;

        /** The lower-case name used in JSON and on the terminal. */
        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static FileOutcome rejected(String path, String reason) {
        return new FileOutcome(path, Status.REJECTED, reason, null, null, null, null);
    }

    static FileOutcome rejected(String path, String reason, String sha256) {
        return new FileOutcome(path, Status.REJECTED, reason, null, null, sha256, null);
    }
}

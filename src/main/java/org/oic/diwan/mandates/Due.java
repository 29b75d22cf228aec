package org.oic.diwan.mandates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a mandate is due: to a session of the adopting body, by a date, or again and again.
 *
 * @param session the session's number, for {@link Kind#SESSION}
 * @param date the last day, for {@link Kind#DATE}
 */
public record Due(Kind kind, Integer session, LocalDate date) {

    public enum Kind {
        SESSION,
        DATE,
        RECURRING
    }

    public Due {
        Objects.requireNonNull(kind);
        if (kind == Kind.SESSION && session == null || kind == Kind.DATE && date == null) {
            throw new IllegalArgumentException("a due " + kind + " needs its value");
        }
    }

    public static Due session(int session) {
        return new Due(Kind.SESSION, session, null);
    }

    public static Due date(LocalDate date) {
        return new Due(Kind.DATE, null, date);
    }

    public static Due recurring() {
        return new Due(Kind.RECURRING, null, null);
    }

    /** {@code session:50}, {@code date:2023-12-31}, {@code annually}: the form of JSON, files and filters. */
    public String label() {
        return switch (kind) {
            case SESSION -> "session:" + session;
            case DATE -> "date:" + date;
            case RECURRING -> "annually";
        };
    }

}

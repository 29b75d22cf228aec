package org.oic.diwan.reading;

import java.util.Objects;

/**
 * A body of the Organization named in a text, by name or abbreviation.
 *
 * @param code the body's code, as in {@link Bodies#codes()} (CFM, SUMMIT, COMCEC, ...)
 * @param start where the name starts in the text, after any article or Arabic proclitic
 * @param end just after the name
 */
public record BodyMention(String code, int start, int end) {

    public BodyMention {
        Objects.requireNonNull(code, "code");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        }
    }
}

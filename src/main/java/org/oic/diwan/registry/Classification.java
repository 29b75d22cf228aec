package org.oic.diwan.registry;

import java.util.Locale;
import java.util.Optional;

/** Who may see a version: everyone, the organization and member states, or named readers only. */
public enum Classification {
    PUBLIC,
    RESTRICTED,
    CONFIDENTIAL;

    /** The default for anything imported: never public by accident. */
    public static final Classification DEFAULT = RESTRICTED;

    /** The code stored and shown: {@code public}, {@code restricted}, {@code confidential}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Classification> ofCode(String code) {
        for (Classification c : values()) {
            if (c.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

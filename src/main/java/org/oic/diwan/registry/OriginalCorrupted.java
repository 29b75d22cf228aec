package org.oic.diwan.registry;

import java.io.IOException;

/** An original whose bytes no longer hash to the SHA-256 it is stored under. */
public final class OriginalCorrupted extends IOException {

    public OriginalCorrupted(String expected, String actual) {
        super("original " + expected + " is damaged: its bytes now hash to " + actual);
    }
}

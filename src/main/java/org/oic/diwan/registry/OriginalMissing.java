package org.oic.diwan.registry;

import java.io.IOException;

/** The registry names an original whose bytes are not in the store. */
public final class OriginalMissing extends IOException {

    public OriginalMissing(String sha256) {
        super("original " + sha256 + " is missing from the originals store");
    }
}

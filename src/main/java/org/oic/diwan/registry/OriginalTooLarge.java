package org.oic.diwan.registry;

import java.io.IOException;

/** A file larger than the configured limit; nothing of it is kept. */
public final class OriginalTooLarge extends IOException {

    private final long limit;

    public OriginalTooLarge(long limit) {
        super("file too large: over the limit of " + humanBytes(limit));
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    static String humanBytes(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}

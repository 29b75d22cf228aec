package org.oic.diwan.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file copied into the store's staging area, hashed and fsynced, not yet an original.
 *
 * <p>Closing it removes the staging copy; an original registered from it stays, since it is a
 * second link to the same bytes.
 */
public final class StagedOriginal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StagedOriginal.class);

    private final OriginalsStore store;
    private final Path path;
    private final String sha256;
    private final long size;

    StagedOriginal(OriginalsStore store, Path path, String sha256, long size) {
        this.store = store;
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /** The staged bytes, for reading (text extraction) before registration. */
    public Path path() {
        return path;
    }

    Promotion promote() throws IOException {
        return store.promote(this);
    }

    /** Removes the staging copy; a failure here is housekeeping, left to the next sweep, never the import's. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not remove the staging copy {}: {}", path, e.getMessage());
        }
    }
}

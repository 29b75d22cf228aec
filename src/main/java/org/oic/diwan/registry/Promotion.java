package org.oic.diwan.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An original linked into place whose registration is not yet known to be committed.
 *
 * <p>Only {@link #registered()} removes the pending marker. Any other ending leaves the marker,
 * unlocked, for {@link OriginalsStore#sweep}, which asks the database, the only judge of whether
 * the registration committed, before removing anything.
 */
final class Promotion implements AutoCloseable {

    private final OriginalsStore store;
    private final Path marker;
    private final FileChannel channel;
    private final FileLock lock;

    Promotion(OriginalsStore store, Path marker, FileChannel channel, FileLock lock) {
        this.store = store;
        this.marker = marker;
        this.channel = channel;
        this.lock = lock;
    }

    /** The registration committed: the original is kept for good. */
    void registered() throws IOException {
        Files.deleteIfExists(marker);
        OriginalsStore.fsyncDirectory(marker.getParent());
    }

    OriginalsStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}

package org.oic.diwan.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file copied into the store's staging area, hashed and fsynced, not yet an original.
 *
 * <p>Closing it removes the staging copy; an original registered from it stays, since it is a
 * second link to the same bytes.
 */
public final class StagedOriginal implements AutoCloseable {

    private final OriginalsStore store;
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final String sha256;
    private final long size;

    StagedOriginal(OriginalsStore store, Path path, FileChannel channel, FileLock lock, String sha256, long size) {
        this.store = store;
        this.path = path;
        this.channel = channel;
        this.lock = lock;
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

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        }
    }
}

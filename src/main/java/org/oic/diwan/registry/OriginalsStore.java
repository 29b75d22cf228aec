package org.oic.diwan.registry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The originals, kept exactly as received, each under the SHA-256 of its bytes.
 *
 * <p>Written once: a file is staged (written, hashed and fsynced under {@code .staging}), then
 * hard-linked to its final name, which fails rather than replaces when the name exists, so
 * nothing is ever overwritten. Between linking and the commit of the database transaction that
 * registers it, a locked marker in {@code .pending} names the original; if the process dies
 * there, {@link #sweep} finds the marker unlocked and removes the original unless the database
 * registered it. Read back through {@link #open}, an original is verified against its name.
 */
public final class OriginalsStore {

    private static final Logger log = LoggerFactory.getLogger(OriginalsStore.class);
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    private final Path root;
    private final Path staging;
    private final Path pending;

    public OriginalsStore(Path root) {
        this.root = root;
        this.staging = root.resolve(".staging");
        this.pending = root.resolve(".pending");
        try {
            Files.createDirectories(staging);
            Files.createDirectories(pending);
            Files.createDirectories(root.resolve("sha256"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the originals store in " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /**
     * Copies a stream into staging, hashing it, and fsyncs it.
     *
     * @throws OriginalTooLarge when the stream holds more than {@code maxBytes}; nothing is kept
     */
    public StagedOriginal stage(InputStream in, long maxBytes) throws IOException {
        Path file = staging.resolve(UUID.randomUUID() + ".tmp");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        boolean kept = false;
        try {
            FileLock lock = channel.lock();
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw new OriginalTooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
            channel.force(true);
            kept = true;
            return new StagedOriginal(this, file, channel, lock, HexFormat.of().formatHex(digest.digest()), size);
        } finally {
            if (!kept) {
                channel.close();
                Files.deleteIfExists(file);
            }
        }
    }

    /** Whether the store holds bytes under this SHA-256 (not whether they are intact). */
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** The size in bytes of a stored original. */
    public long size(String sha256) throws IOException {
        try {
            return Files.size(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new OriginalMissing(sha256);
        }
    }

    /**
     * Opens an original for reading; the stream fails with {@link OriginalCorrupted} at its end
     * when the bytes read do not hash to the name.
     */
    public InputStream open(String sha256) throws IOException {
        Path file = pathOf(sha256);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new OriginalMissing(sha256);
        }
        return new VerifyingInputStream(in, sha256);
    }

    /** Reads an original through and checks its bytes against its name. */
    public void verify(String sha256) throws IOException {
        try (InputStream in = open(sha256)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    /**
     * Removes what dead processes left behind: staging files, and originals that were put in
     * place but never registered. Files still in use by a live process are locked and left alone.
     *
     * @param registered whether the database holds an original with this SHA-256
     * @return how many files were removed
     */
    public int sweep(Predicate<String> registered) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path file : files) {
                if (withAbandonedLock(file, () -> Files.deleteIfExists(file))) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep {}: {}", staging, e.getMessage());
        }
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(pending)) {
            for (Path marker : markers) {
                String sha = marker.getFileName().toString();
                boolean[] orphan = {false};
                withAbandonedLock(marker, () -> {
                    if (SHA256.matcher(sha).matches() && !registered.test(sha) && Files.deleteIfExists(pathOf(sha))) {
                        fsyncDirectory(pathOf(sha).getParent());
                        orphan[0] = true;
                    }
                    Files.deleteIfExists(marker);
                });
                if (orphan[0]) {
                    log.info("Removed original {} that was never registered", sha);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep {}: {}", pending, e.getMessage());
        }
        return removed;
    }

    /** Free bytes on the store's file system, for health reports. */
    public long usableSpace() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Links a staged file into its final place under a locked pending marker.
     *
     * @return the promotion, to be completed once the registration is committed
     */
    Promotion promote(StagedOriginal staged) throws IOException {
        Path marker = pending.resolve(staged.sha256());
        FileChannel channel = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.lock();
            fsyncDirectory(pending);
            Path target = pathOf(staged.sha256());
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, staged.path());
            } catch (FileAlreadyExistsException e) {
                // Left by a process that died before registering it; same name, so same bytes.
                log.info("Original {} already in place, reusing it", staged.sha256());
            }
            fsyncDirectory(target.getParent());
            fsyncDirectory(target.getParent().getParent());
            return new Promotion(this, marker, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private interface FileAction {
        void run() throws IOException;
    }

    /** Runs the action when nobody holds the file's lock any more; false when it is in use. */
    private static boolean withAbandonedLock(Path file, FileAction action) {
        Object identity = fileKey(file);
        if (identity == null) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false; // held by this very process
            }
            if (lock == null) {
                return false;
            }
            try (lock) {
                if (!identity.equals(fileKey(file))) {
                    return false; // its owner finished and removed it (or a new one took its name) meanwhile
                }
                action.run();
                return true;
            }
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            log.warn("Could not sweep {}: {}", file, e.getMessage());
            return false;
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static final class VerifyingInputStream extends FilterInputStream {
        private final String expected;
        private boolean checked;

        VerifyingInputStream(InputStream in, String expected) {
            super(new DigestInputStream(in, sha256()));
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping would leave bytes unhashed; read them instead.
            return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
        }

        private void check() throws OriginalCorrupted {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            if (!actual.equals(expected)) {
                throw new OriginalCorrupted(expected, actual);
            }
        }
    }
}

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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The originals, kept exactly as received, each under the SHA-256 of its bytes.
 *
 * <p>Written once: a file is staged (written, hashed and fsynced under {@code .staging}), then
 * hard-linked to its final name, which fails rather than replaces when the name exists, so
 * nothing is ever overwritten. Between linking and the commit of the transaction that registers
 * it, a marker in {@code .pending} names the original.
 *
 * <p>Every store instance is an <em>owner</em>: it holds the lock of its own file in
 * {@code .owners} for its whole life and names its staging files and markers after itself.
 * When a process dies (even by {@code kill -9}) the kernel releases its lock, and the next
 * {@link #sweep} removes what that owner left: its staging files, and each original it linked
 * that the database, asked under a lock on that original, says was never registered. Locks are
 * taken once per owner and never on the files themselves, because a POSIX lock is dropped as
 * soon as its process closes <em>any</em> handle on the file. Read back through {@link #open},
 * an original is verified against its name.
 */
public final class OriginalsStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OriginalsStore.class);
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    /** Owners living in this JVM: a sweep must never open their lock files, which would release them. */
    private static final Set<String> OWNERS_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final Path staging;
    private final Path pending;
    private final Path owners;
    private final String owner;
    private final FileChannel ownerChannel;

    public OriginalsStore(Path root) {
        this.root = root;
        this.staging = root.resolve(".staging");
        this.pending = root.resolve(".pending");
        this.owners = root.resolve(".owners");
        this.owner = UUID.randomUUID().toString();
        try {
            for (Path folder : new Path[] {staging, pending, owners, root.resolve("sha256")}) {
                Files.createDirectories(folder);
            }
            this.ownerChannel = FileChannel.open(ownerFile(owner), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = ownerChannel.tryLock();
            if (lock == null) {
                throw new IOException("could not lock " + ownerFile(owner));
            }
            OWNERS_IN_THIS_JVM.add(owner);
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
        Path file = staging.resolve(owner + "." + UUID.randomUUID() + ".tmp");
        boolean kept = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
            return new StagedOriginal(this, file, HexFormat.of().formatHex(digest.digest()), size);
        } finally {
            if (!kept) {
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
     * Removes what dead owners left behind: their staging files, and the originals they linked
     * that the judge finds unregistered. Owners still alive, in this process or another, are
     * left alone.
     *
     * @return how many files were removed
     */
    public int sweep(OrphanJudge judge) {
        int removed = 0;
        for (String dead : deadOwners()) {
            removed += clean(dead, judge);
        }
        return removed;
    }

    /** Free bytes on the store's file system, for health reports. */
    public long usableSpace() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /** Lets go of this owner's lock; what it leaves is swept by the next owner. */
    @Override
    public void close() {
        OWNERS_IN_THIS_JVM.remove(owner);
        try {
            Files.deleteIfExists(ownerFile(owner));
            ownerChannel.close();
        } catch (IOException e) {
            log.warn("Could not release the originals store owner {}: {}", owner, e.getMessage());
        }
    }

    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Links a staged file into its final place under a pending marker of this owner. */
    Promotion promote(StagedOriginal staged) throws IOException {
        Path marker = pending.resolve(owner + "." + staged.sha256());
        Files.newOutputStream(marker).close();
        fsyncDirectory(pending);
        Path target = pathOf(staged.sha256());
        createDirectoriesDurably(target.getParent());
        try {
            Files.createLink(target, staged.path());
        } catch (FileAlreadyExistsException e) {
            // Left by an owner that died before registering it; same name, so same bytes.
            log.info("Original {} already in place, reusing it", staged.sha256());
        }
        fsyncDirectory(target.getParent());
        return new Promotion(this, marker, staged.sha256());
    }

    /** Removes an original of this owner that the judge finds unregistered, and its marker. */
    void abandon(Path marker, String sha256, OrphanJudge judge) throws IOException {
        judge.removeIfUnregistered(sha256, () -> removeOriginal(sha256));
        Files.deleteIfExists(marker);
    }

    private Set<String> deadOwners() {
        Set<String> candidates = new HashSet<>();
        for (Path folder : new Path[] {staging, pending, owners}) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    int dot = name.indexOf('.');
                    if (dot > 0) {
                        candidates.add(name.substring(0, dot));
                    }
                }
            } catch (IOException e) {
                log.warn("Could not list {}: {}", folder, e.getMessage());
            }
        }
        candidates.removeAll(OWNERS_IN_THIS_JVM);
        candidates.removeIf(candidate -> !isDead(candidate));
        return candidates;
    }

    /** An owner is dead when its lock can be taken, or when its lock file is gone (a sweep was interrupted). */
    private boolean isDead(String candidate) {
        Path lockFile = ownerFile(candidate);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            try (FileLock lock = channel.tryLock()) {
                return lock != null;
            }
        } catch (NoSuchFileException e) {
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            log.warn("Could not check the owner {}: {}", candidate, e.getMessage());
            return false;
        }
    }

    private int clean(String dead, OrphanJudge judge) {
        int removed = 0;
        String prefix = dead + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging, prefix + "*")) {
            for (Path file : files) {
                if (Files.deleteIfExists(file)) {
                    removed++;
                }
            }
            try (DirectoryStream<Path> markers = Files.newDirectoryStream(pending, prefix + "*")) {
                for (Path marker : markers) {
                    String sha = marker.getFileName().toString().substring(prefix.length());
                    if (SHA256.matcher(sha).matches()) {
                        boolean[] orphan = {false};
                        judge.removeIfUnregistered(sha, () -> orphan[0] = removeOriginal(sha));
                        if (orphan[0]) {
                            log.info("Removed original {}, never registered by an interrupted import", sha);
                            removed++;
                        }
                    }
                    Files.deleteIfExists(marker);
                }
            }
            Files.deleteIfExists(ownerFile(dead));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not sweep what owner {} left: {}", dead, e.getMessage());
        }
        return removed;
    }

    private boolean removeOriginal(String sha256) throws IOException {
        Path file = pathOf(sha256);
        boolean removed = Files.deleteIfExists(file);
        if (removed) {
            fsyncDirectory(file.getParent());
        }
        return removed;
    }

    private Path ownerFile(String id) {
        return owners.resolve(id + ".lock");
    }

    /** Creates the folders up to {@code folder}, fsyncing each parent that gained an entry. */
    private static void createDirectoriesDurably(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        createDirectoriesDurably(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            return; // another import created it meanwhile
        }
        fsyncDirectory(folder.getParent());
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

    /** Decides, under a lock on the original that registrations also take, whether it stays. */
    public interface OrphanJudge {

        /** Runs {@code remove} unless the original is registered, while no registration of it can commit. */
        void removeIfUnregistered(String sha256, FileAction remove);
    }

    /** An action on the file system. */
    public interface FileAction {
        void run() throws IOException;
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

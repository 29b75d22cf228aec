package org.oic.diwan.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries shipped in zonky's jar, unpacked once per machine into a cache folder.
 *
 * <p>The folder is named after the archive's digest, so a new PostgreSQL release never mixes with an
 * old one, and the unpacking happens in a temporary folder renamed into place, so a process killed
 * while unpacking leaves nothing half-done behind.
 */
final class PostgresBinaries {

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The binaries, unpacked under {@code cacheRoot} if they are not there yet. */
    static PostgresBinaries unpackedUnder(Path cacheRoot) {
        try {
            byte[] archive = readArchive();
            String digest = HexFormat.of().formatHex(sha256(archive)).substring(0, 16);
            Path home = cacheRoot.resolve("postgres-" + digest);
            if (!Files.isRegularFile(home.resolve(".complete"))) {
                unpack(archive, cacheRoot, home);
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the embedded PostgreSQL binaries", e);
        }
    }

    Path bin(String program) {
        return home.resolve("bin").resolve(program);
    }

    private static byte[] readArchive() throws IOException {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
            return in.readAllBytes();
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static void unpack(byte[] archive, Path cacheRoot, Path home) throws IOException {
        Files.createDirectories(cacheRoot);
        try (FileChannel channel = FileChannel.open(
                        cacheRoot.resolve(home.getFileName() + ".lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            if (Files.isRegularFile(home.resolve(".complete"))) {
                return; // another process unpacked while we waited for the lock
            }
            Path staging = Files.createTempDirectory(cacheRoot, home.getFileName() + ".unpacking-");
            extract(archive, staging);
            syncTree(staging); // .complete must never stand in front of binaries a power cut truncated
            Files.createFile(staging.resolve(".complete"));
            if (Files.exists(home)) {
                deleteTree(home); // an earlier, unfinished attempt
            }
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            force(cacheRoot);
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().contains("bin/")) {
                        Files.setPosixFilePermissions(path, Set.copyOf(PosixFilePermissions.fromString("rwxr-xr-x")));
                    }
                }
            }
        }
    }

    private static void syncTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    force(p);
                }
            }
        }
    }

    private static void force(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        try (FileChannel channel = FileChannel.open(path, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

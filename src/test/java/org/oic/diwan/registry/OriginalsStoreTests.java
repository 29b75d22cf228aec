package org.oic.diwan.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalsStoreTests {

    @TempDir
    Path root;

    /** What the database would say: these originals are registered. */
    private final Set<String> registered = new HashSet<>();

    private final OriginalsStore.OrphanJudge judge = (sha, remove) -> {
        if (!registered.contains(sha)) {
            try {
                remove.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    };

    @Test
    void keepsTheExactBytesUnderTheirSha256() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        byte[] bytes = "قرار بشأن تقنية المعلومات\r\n\u0000binary".getBytes(UTF_8);
        String sha;
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream(bytes), 1024)) {
            sha = staged.sha256();
            assertThat(sha).isEqualTo(sha256(bytes));
            assertThat(staged.size()).isEqualTo(bytes.length);
            staged.promote().registered();
        }
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.size(sha)).isEqualTo(bytes.length);
        assertThat(filesUnder(root.resolve(".staging"))).isEmpty(); // the staging copy is gone
        assertThat(filesUnder(root.resolve(".pending"))).isEmpty();
    }

    @Test
    void refusesAFileOverTheLimitAndKeepsNothing() {
        OriginalsStore store = new OriginalsStore(root);
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOf(OriginalTooLarge.class)
                .hasMessageContaining("1 KB");
        assertThat(filesUnder(root.resolve(".staging"))).isEmpty();
        assertThat(filesUnder(root.resolve("sha256"))).isEmpty();
    }

    @Test
    void detectsADamagedOriginalOnRead() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        String sha = storeRegistered(store, "the original text".getBytes(UTF_8));
        Files.writeString(store.pathOf(sha), "the 0riginal text"); // one byte changed on disk

        assertThatThrownBy(() -> store.verify(sha)).isInstanceOf(OriginalCorrupted.class).hasMessageContaining(sha);
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(sha)) {
                in.readAllBytes();
            }
        }).isInstanceOf(OriginalCorrupted.class);
    }

    @Test
    void reportsAMissingOriginal() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        String sha = storeRegistered(store, "gone".getBytes(UTF_8));
        Files.delete(store.pathOf(sha));
        assertThatThrownBy(() -> store.open(sha)).isInstanceOf(OriginalMissing.class);
        assertThatThrownBy(() -> store.verify(sha)).isInstanceOf(OriginalMissing.class);
    }

    @Test
    void neverOverwritesAStoredOriginal() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        byte[] bytes = "once".getBytes(UTF_8);
        String sha = storeRegistered(store, bytes);
        Object inode = Files.readAttributes(store.pathOf(sha), BasicFileAttributes.class).fileKey();

        storeRegistered(store, bytes); // the same bytes promoted again

        assertThat(Files.readAttributes(store.pathOf(sha), BasicFileAttributes.class).fileKey()).isEqualTo(inode);
    }

    @Test
    void sweepRemovesWhatADeadOwnerLeft() throws Exception {
        OriginalsStore dead = new OriginalsStore(root);
        String kept = storeRegistered(dead, "registered".getBytes(UTF_8));
        registered.add(kept);
        // It linked an original and died before its transaction committed ...
        StagedOriginal linked = dead.stage(new ByteArrayInputStream("never registered".getBytes(UTF_8)), 1024);
        linked.promote();
        // ... and died while staging another.
        dead.stage(new ByteArrayInputStream("half a file".getBytes(UTF_8)), 1024);
        dead.close(); // its lock is gone, as the kernel would drop it

        int removed = new OriginalsStore(root).sweep(judge);

        assertThat(removed).isEqualTo(3); // two staging copies and one unregistered original
        assertThat(dead.contains(kept)).isTrue();
        assertThat(dead.contains(linked.sha256())).isFalse();
        assertThat(filesUnder(root.resolve(".staging"))).isEmpty();
        assertThat(filesUnder(root.resolve(".pending"))).isEmpty();
    }

    @Test
    void sweepKeepsAnOriginalWhoseRegistrationCommitted() throws Exception {
        OriginalsStore dead = new OriginalsStore(root);
        // Died after the commit, before removing its marker: the database says the original stays.
        StagedOriginal staged = dead.stage(new ByteArrayInputStream("committed".getBytes(UTF_8)), 1024);
        staged.promote();
        registered.add(staged.sha256());
        dead.close();

        new OriginalsStore(root).sweep(judge);

        assertThat(dead.contains(staged.sha256())).isTrue();
        assertThat(filesUnder(root.resolve(".pending"))).isEmpty();
    }

    @Test
    void sweepLeavesWhatALiveOwnerIsDoing() throws Exception {
        OriginalsStore busy = new OriginalsStore(root);
        try (StagedOriginal staged = busy.stage(new ByteArrayInputStream("in flight".getBytes(UTF_8)), 1024)) {
            // Reading the staged file (as text extraction does) must not expose it to a sweep.
            Files.readAllBytes(staged.path());
            staged.promote();

            int removed = new OriginalsStore(root).sweep(judge);

            assertThat(removed).isZero();
            assertThat(busy.contains(staged.sha256())).isTrue();
            assertThat(Files.exists(staged.path())).isTrue();
        }
    }

    @Test
    void anAbandonedRegistrationLeavesNothingUnlessItLanded() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        StagedOriginal failed = store.stage(new ByteArrayInputStream("rolled back".getBytes(UTF_8)), 1024);
        failed.promote().abandoned(judge);
        StagedOriginal landed = store.stage(new ByteArrayInputStream("committed, though we saw an error".getBytes(UTF_8)), 1024);
        Promotion promotion = landed.promote();
        registered.add(landed.sha256());
        promotion.abandoned(judge);

        assertThat(store.contains(failed.sha256())).isFalse();
        assertThat(store.contains(landed.sha256())).isTrue();
        assertThat(filesUnder(root.resolve(".pending"))).isEmpty();
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        OriginalsStore store = new OriginalsStore(root);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String storeRegistered(OriginalsStore store, byte[] bytes) throws IOException {
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream(bytes), 1 << 20)) {
            staged.promote().registered();
            return staged.sha256();
        }
    }

    static List<Path> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}

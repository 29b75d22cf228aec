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
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalsStoreTests {

    @TempDir
    Path root;

    @Test
    void keepsTheExactBytesUnderTheirSha256() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        byte[] bytes = "قرار بشأن تقنية المعلومات\r\n\u0000binary".getBytes(UTF_8);
        String sha;
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream(bytes), 1024);
                Promotion promotion = staged.promote()) {
            sha = staged.sha256();
            assertThat(sha).isEqualTo(sha256(bytes));
            assertThat(staged.size()).isEqualTo(bytes.length);
            promotion.registered();
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
        assertThat(filesUnder(root)).isEmpty();
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
    void sweepRemovesWhatADeadImporterLeft() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        String kept = storeRegistered(store, "registered".getBytes(UTF_8));
        // An importer that died after linking its original, before its transaction committed:
        String orphan;
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream("never registered".getBytes(UTF_8)), 1024);
                Promotion ignored = staged.promote()) {
            orphan = staged.sha256();
        }
        // ... and one that died while staging:
        Files.writeString(root.resolve(".staging").resolve("dead.tmp"), "half a file");

        int removed = store.sweep(sha -> sha.equals(kept));

        assertThat(removed).isEqualTo(2);
        assertThat(store.contains(kept)).isTrue();
        assertThat(store.contains(orphan)).isFalse();
        assertThat(filesUnder(root.resolve(".staging"))).isEmpty();
        assertThat(filesUnder(root.resolve(".pending"))).isEmpty();
    }

    @Test
    void sweepKeepsAnOriginalWhoseRegistrationCommitted() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        String sha;
        // Died after the commit, before removing its marker: the database says the original stays.
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream("committed".getBytes(UTF_8)), 1024);
                Promotion ignored = staged.promote()) {
            sha = staged.sha256();
        }
        store.sweep(Set.of(sha)::contains);
        assertThat(store.contains(sha)).isTrue();
        assertThat(filesUnder(root.resolve(".pending"))).isEmpty();
    }

    @Test
    void sweepLeavesFilesThatAreStillInUse() throws Exception {
        OriginalsStore store = new OriginalsStore(root);
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream("in flight".getBytes(UTF_8)), 1024);
                Promotion ignored = staged.promote()) {
            int removed = store.sweep(sha -> false);
            assertThat(removed).isZero();
            assertThat(store.contains(staged.sha256())).isTrue();
            assertThat(Files.exists(staged.path())).isTrue();
        }
    }

    @Test
    void refusesNamesThatAreNotHashes() {
        OriginalsStore store = new OriginalsStore(root);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String storeRegistered(OriginalsStore store, byte[] bytes) throws IOException {
        try (StagedOriginal staged = store.stage(new ByteArrayInputStream(bytes), 1 << 20);
                Promotion promotion = staged.promote()) {
            promotion.registered();
            return staged.sha256();
        }
    }

    private static java.util.List<Path> filesUnder(Path dir) {
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

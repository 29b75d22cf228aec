package org.oic.diwan.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;

/**
 * The sweep between real processes: what a live process is doing is never touched, even while
 * it reads its staged file; once it is killed with SIGKILL, what it left is removed.
 */
class OriginalsStoreAcrossProcessesIntegrationTests {

    @Test
    void aLiveProcessIsLeftAloneAndAKilledOneIsSweptUp() throws Exception {
        Path root = TestDataFolders.create("originals-processes");
        Process other = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), OriginalsOwnerHolder.class.getName(),
                root.toString(), "bytes of another process")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream()));
        Path staged = Path.of(value(out.readLine(), "staged "));
        String sha = value(out.readLine(), "linked ");
        OriginalsStore mine = new OriginalsStore(root);
        OriginalsStore.OrphanJudge nothingRegistered = (s, remove) -> {
            try {
                remove.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        assertThat(mine.sweep(nothingRegistered)).isZero();
        assertThat(staged).exists();
        assertThat(mine.contains(sha)).isTrue();

        other.destroyForcibly();
        assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(mine.sweep(nothingRegistered)).isEqualTo(2);
        assertThat(staged).doesNotExist();
        assertThat(mine.contains(sha)).isFalse();
        try (var pending = Files.list(root.resolve(".pending")); var owners = Files.list(root.resolve(".owners"))) {
            assertThat(pending.count()).isZero();
            assertThat(owners.count()).isEqualTo(1); // mine only
        }
    }

    private static String value(String line, String prefix) {
        assertThat(line).startsWith(prefix);
        return line.substring(prefix.length());
    }
}

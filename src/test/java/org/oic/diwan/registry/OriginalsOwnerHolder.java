package org.oic.diwan.registry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another process using the originals store, for tests: stages a file and links an original,
 * prints their names, then waits until killed, reading its own staged file as extraction would.
 */
public final class OriginalsOwnerHolder {

    private OriginalsOwnerHolder() {}

    public static void main(String[] args) throws Exception {
        OriginalsStore store = new OriginalsStore(Path.of(args[0]));
        StagedOriginal staged = store.stage(new ByteArrayInputStream(args[1].getBytes(StandardCharsets.UTF_8)), 1 << 20);
        staged.promote();
        System.out.println("staged " + staged.path());
        System.out.println("linked " + staged.sha256());
        System.out.flush();
        while (true) {
            java.nio.file.Files.readAllBytes(staged.path());
            Thread.sleep(50);
        }
    }
}

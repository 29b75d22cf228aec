package org.oic.diwan.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An original linked into place whose registration is not yet known to be committed.
 *
 * <p>{@link #registered()} removes the pending marker once the commit is known;
 * {@link #abandoned} asks the database, the only judge of whether the registration committed,
 * before removing anything. A process that dies in between leaves the marker to the next sweep.
 */
final class Promotion {

    private static final Logger log = LoggerFactory.getLogger(Promotion.class);

    private final OriginalsStore store;
    private final Path marker;
    private final String sha256;

    Promotion(OriginalsStore store, Path marker, String sha256) {
        this.store = store;
        this.marker = marker;
        this.sha256 = sha256;
    }

    /** The registration committed: the original is kept for good. */
    void registered() {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            log.warn("Could not remove the pending marker {}: {}", marker, e.getMessage());
        }
    }

    /** The registration failed, or its outcome is unknown: the judge decides whether the original stays. */
    void abandoned(OriginalsStore.OrphanJudge judge) {
        try {
            store.abandon(marker, sha256, judge);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not settle original {} after a failed registration; the next sweep will: {}",
                    sha256, e.getMessage());
        }
    }
}

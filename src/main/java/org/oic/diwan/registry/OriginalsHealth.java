package org.oic.diwan.registry;

import java.nio.file.Files;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports the originals store under {@code /actuator/health}: present, writable, with room left.
 *
 * <p>Down when fewer than 100 MB remain, the size of one original at the default limit.
 */
@Component("originals")
class OriginalsHealth extends AbstractHealthIndicator {

    private static final long MINIMUM_FREE = 100L * 1024 * 1024;

    private final OriginalsStore store;

    OriginalsHealth(OriginalsStore store) {
        super("Originals store check failed");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        boolean writable = Files.isWritable(store.root());
        long free = store.usableSpace();
        builder.withDetail("path", store.root().toString())
                .withDetail("writable", writable)
                .withDetail("freeBytes", free);
        if (writable && free >= MINIMUM_FREE) {
            builder.up();
        } else {
            builder.down();
        }
    }
}

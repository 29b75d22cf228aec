package org.oic.diwan.audit;

import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint of the trail every few minutes while Diwan runs (when it grew), and once more
 * on the way out: a command that wrote to the trail leaves it signed.
 */
@Component
class CheckpointSchedule implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final Checkpoints checkpoints;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "audit-checkpoints");
        thread.setDaemon(true);
        return thread;
    });

    CheckpointSchedule(Checkpoints checkpoints, @Value("${diwan.audit.checkpoint-every:PT5M}") Duration every) {
        this.checkpoints = checkpoints;
        timer.scheduleWithFixedDelay(this::signQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void signQuietly() {
        try {
            checkpoints.sign();
        } catch (RuntimeException e) {
            log.error("Could not sign an audit checkpoint: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        signQuietly();
    }
}

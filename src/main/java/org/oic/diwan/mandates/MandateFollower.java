package org.oic.diwan.mandates;

import java.io.Closeable;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.oic.diwan.database.OutboxFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows the outbox and derives the mandates of every document a committed event touched, a few
 * seconds after the change and at every start; since its position moves in the same transaction
 * as the mandates, a crash loses nothing and derives nothing twice. One process at a time does it
 * (an advisory lock), whether a server or a command. A new edition of the mandate reader starts
 * from the beginning of the outbox, so that every document is read again.
 */
@Component
public class MandateFollower implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(MandateFollower.class);
    /** Raise it when the reading of mandates changes: every document's mandates are then derived again. */
    static final String EDITION = "mandates@2026-11-23.2";
    private static final long LOCK = 0x4D414E44L; // "MAND"

    private final OutboxFeed outbox;
    private final MandateDerivation derivation;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mandates-follower");
        thread.setDaemon(true);
        return thread;
    });

    MandateFollower(OutboxFeed outbox, MandateDerivation derivation, JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${diwan.mandates.follow-every:PT2S}") Duration every) {
        this.outbox = outbox;
        this.derivation = derivation;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        timer.scheduleWithFixedDelay(this::catchUpQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Derives the mandates of every document changed since the last time; the number of documents, -1 if another process holds the turn. */
    public synchronized int catchUp() {
        Integer done = transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
                return -1;
            }
            long from = jdbc.sql("select position from outbox_follower where name = ?").param(EDITION).query(Long.class)
                    .optional().orElse(0L);
            long to = outbox.horizon();
            int documents = 0;
            for (String id : outbox.payloadValues("documentId", from, to)) {
                derivation.derive(UUID.fromString(id));
                documents++;
            }
            jdbc.sql("""
                    insert into outbox_follower (name, position) values (?, ?)
                    on conflict (name) do update set position = excluded.position
                    """).params(EDITION, to).update();
            return documents;
        });
        return done == null ? 0 : done;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.error("Mandates not derived this time, tried again shortly: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

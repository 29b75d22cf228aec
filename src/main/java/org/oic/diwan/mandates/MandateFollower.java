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
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows the outbox and derives the mandates of every document a committed event touched, a few
 * seconds after the change and at every start, in batches; since its position moves in the same
 * transaction as each batch's mandates, a crash loses nothing and derives nothing twice. One process at a time does it
 * (an advisory lock), whether a server or a command. A new edition of the mandate reader starts
 * from the beginning of the outbox, so that every document is read again.
 */
@Component
@ConditionalOnWebApplication // the server's work: a command that ends soon would cut a batch short
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

    /**
     * How many writing transactions of the outbox one batch takes in (a first start may find a whole
     * registry). Small: an open batch holds back the horizon other followers (the search index) read up to.
     */
    private static final int BATCH = 50;

    /**
     * What one batch did: whether more is left behind the horizon it started from (else it reached
     * it, nothing was left, or another process has the turn), and how many documents.
     */
    private record Batch(boolean moreLeft, int documents) {
        static final Batch NONE = new Batch(false, 0);
    }

    /** Derives the mandates of every document changed since the last time; the number of documents derived. */
    public synchronized int catchUp() {
        int documents = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> batch());
            documents += batch == null ? 0 : batch.documents();
        } while (batch != null && batch.moreLeft()); // not "moved": each batch's own commit moves the horizon on
        return documents;
    }

    /** One batch in one transaction, its position moved with it. */
    private Batch batch() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
            return Batch.NONE; // another process has the turn
        }
        long from = jdbc.sql("select position from outbox_follower where name = ?").param(EDITION).query(Long.class)
                .optional().orElse(0L);
        long horizon = outbox.horizon();
        if (from >= horizon) {
            return Batch.NONE;
        }
        long to = outbox.batchEnd(from, horizon, BATCH);
        int documents = 0;
        for (String id : outbox.payloadValues("documentId", from, to)) {
            derivation.derive(UUID.fromString(id));
            documents++;
        }
        jdbc.sql("""
                insert into outbox_follower (name, position) values (?, ?)
                on conflict (name) do update set position = excluded.position
                """).params(EDITION, to).update();
        return new Batch(to < horizon, documents);
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

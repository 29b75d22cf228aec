package org.oic.diwan.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.oic.diwan.DataFolder;
import org.oic.diwan.database.OutboxFeed;
import org.oic.diwan.registry.DocumentContent;
import org.oic.diwan.registry.DocumentContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index of this data folder, kept in step with the registry.
 *
 * <p>Several processes may open one data folder (a server and an import); the one that obtains
 * Lucene's write lock is the keeper: it follows the outbox and writes. The others read the
 * keeper's commits and try to take over when it leaves. Each commit records the outbox position
 * it reflects, so a crash between a write and its commit only means reading a few events again.
 *
 * <p>All writing happens on one thread. A missing, damaged or incomplete index is rebuilt from
 * the registry into a new generation while searches go on against the old one.
 */
@Component
public class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String FLOOR = "outbox-floor";
    /** The edition of the entries and their analysis; an index of another edition is rebuilt. */
    static final String EDITION_KEY = "edition";
    static final String EDITION = "2026-11-23.7";
    private static final int BATCH = 200;
    private static final long TICK_MILLIS = 250;
    private static final long COMMIT_EVERY_MILLIS = 10_000;

    private final IndexGenerations generations;
    private final DocumentContents contents;
    private final OutboxFeed outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final ScheduledExecutorService keeper;

    private volatile Active active;
    private volatile boolean rebuilding;
    private volatile int rebuildDone;
    private volatile int rebuildTotal;
    private boolean checkedComplete;
    private long lastTakeOverAttempt;
    private volatile boolean closed;

    SearchIndex(DataFolder dataFolder, DocumentContents contents, OutboxFeed outbox, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.generations = new IndexGenerations(dataFolder.folder("index"));
        this.contents = contents;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.keeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "search-index");
            thread.setDaemon(true);
            return thread;
        });
        keeper.execute(this::openOrRebuild);
        keeper.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** What searches may say of the index. */
    public record State(boolean ready, boolean rebuilding, int rebuildDone, int rebuildTotal, boolean keeper) {}

    public State state() {
        Active now = active;
        return new State(now != null, rebuilding, rebuildDone, rebuildTotal, now != null && now.writer != null);
    }

    /** Waits until the index is open and has caught up with the outbox once (for commands). */
    public void awaitCurrent() {
        // what was committed before this call; the horizon may lag behind it while an older
        // transaction (a long derivation elsewhere) is still open, so follow until it passes
        long target = outbox.pastLatest();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        try {
            while (true) {
                Boolean current = keeper.submit(() -> {
                    if (active != null && active.writer != null) {
                        follow(true);
                        return active.floor >= target;
                    }
                    if (active != null) {
                        active.manager.maybeRefresh();
                    }
                    return true;
                }).get();
                if (Boolean.TRUE.equals(current) || System.nanoTime() > deadline) {
                    return;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the search index could not catch up: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Rebuilds the index from the registry into a new generation, then switches to it. */
    public int rebuild(IntConsumer progress) {
        Future<Integer> done = keeper.submit(() -> rebuildNow(progress));
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /** A searcher over the latest state; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        Active now = active;
        if (now == null) {
            return null;
        }
        try {
            return now.manager.acquire();
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            Active again = active;
            return again == null ? null : again.manager.acquire();
        }
    }

    void release(IndexSearcher searcher) {
        if (searcher == null) {
            return;
        }
        try {
            searcher.getIndexReader().decRef();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            log.debug("searcher released after its generation closed", e);
        }
    }

    /** Called when a search met a damaged index: rebuild without waiting. */
    void reportDamage(Exception cause) {
        log.warn("The search index is damaged ({}); rebuilding it", cause.toString());
        keeper.execute(() -> {
            if (!rebuilding) {
                rebuildNow(done -> {});
            }
        });
    }

    // ---- on the keeper thread only ----

    private void openOrRebuild() {
        try {
            String generation = generations.current().orElse(null);
            if (generation == null || !DirectoryReader.indexExists(FSDirectory.open(generations.folder(generation)))) {
                log.info("No search index in {}: building it from the registry", generations.root());
                rebuildNow(done -> {});
                return;
            }
            active = open(generation);
            if (!EDITION.equals(active.edition)) {
                log.info("The search index was built by edition {} of the indexing; rebuilding it with edition {}",
                        active.edition, EDITION);
                rebuildNow(done -> {});
                return;
            }
            if (active.writer != null) {
                verifyIntegrity(active);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index could not be opened ({}): rebuilding it from the registry", e.toString());
            rebuildNow(done -> {});
        }
    }

    private void tick() {
        if (closed || rebuilding) {
            return;
        }
        try {
            String pointed = generations.current().orElse(null);
            Active now = active;
            if (now == null) {
                openOrRebuild();
                return;
            }
            if (pointed != null && !pointed.equals(now.generation)) {
                switchTo(pointed);
                return;
            }
            if (now.writer == null) {
                now.manager.maybeRefresh();
                long time = System.currentTimeMillis();
                if (time - lastTakeOverAttempt > 2000) {
                    lastTakeOverAttempt = time;
                    tryTakeOver(now);
                }
                return;
            }
            follow();
        } catch (org.apache.lucene.index.CorruptIndexException | java.nio.file.NoSuchFileException e) {
            reportDamage(e);
        } catch (IOException | RuntimeException e) {
            log.warn("Search index: {}", e.toString());
        }
    }

    /** Applies the outbox since the last commit to the index, then commits. */
    private void follow() throws IOException {
        follow(false);
    }

    /** @param commitNow commit whatever was applied, now (a command waiting for the index, closing) */
    private void follow(boolean commitNow) throws IOException {
        Active now = active;
        if (now == null || now.writer == null) {
            return;
        }
        long floor = now.floor;
        Pending pending = snapshot.execute(status -> {
            long horizon = outbox.horizon();
            List<String> ids = horizon > floor ? outbox.payloadValues("documentId", floor, horizon) : List.of();
            Long versions = !checkedComplete && ids.isEmpty()
                    ? jdbc.sql("select count(*) from (select distinct document_id, language from version) v").query(Long.class).single()
                    : null;
            return new Pending(horizon, ids, versions);
        });
        if (!pending.ids.isEmpty()) {
            List<UUID> ids = pending.ids.stream().map(UUID::fromString).toList();
            for (int from = 0; from < ids.size(); from += BATCH) {
                write(now.writer, ids.subList(from, Math.min(ids.size(), from + BATCH)));
            }
        }
        if (pending.horizon != floor) {
            now.floor = pending.horizon;
            now.writer.setLiveCommitData(Map.of(FLOOR, Long.toString(pending.horizon), EDITION_KEY, now.edition).entrySet());
            now.uncommitted = true;
            // searches here see the change at once (near real time); the commit, which makes it
            // durable and visible to other processes, waits for a pause or a few seconds: a commit
            // per tick made tiny segments, whose flushing and merging cost a third of the keeper's time
            now.manager.maybeRefresh();
        }
        long sinceCommit = System.currentTimeMillis() - now.committedAt;
        if (now.uncommitted && (commitNow || pending.ids.isEmpty() || sinceCommit > COMMIT_EVERY_MILLIS)) {
            now.writer.commit();
            now.uncommitted = false;
            now.committedAt = System.currentTimeMillis();
        }
        if (pending.versions != null) {
            checkedComplete = true;
            long indexed = countVersions(now);
            if (indexed != pending.versions) {
                log.warn("The search index holds {} language versions, the registry {}: rebuilding it", indexed, pending.versions);
                rebuildNow(done -> {});
            }
        }
    }

    private long countVersions(Active now) throws IOException {
        IndexSearcher searcher = now.manager.acquire();
        try {
            return searcher.count(new TermQuery(new Term(SearchFields.TYPE, "version")));
        } finally {
            now.manager.release(searcher);
        }
    }

    private void write(IndexWriter writer, List<UUID> ids) throws IOException {
        List<DocumentContent> loaded = contents.load(ids);
        java.util.Set<UUID> found = new java.util.HashSet<>();
        for (DocumentContent document : loaded) {
            found.add(document.id());
            writer.updateDocuments(new Term(SearchFields.DOCUMENT, document.id().toString()), IndexEntries.of(document));
        }
        for (UUID id : ids) {
            if (!found.contains(id)) {
                writer.deleteDocuments(new Term(SearchFields.DOCUMENT, id.toString()));
            }
        }
    }

    private int rebuildNow(IntConsumer progress) {
        rebuilding = true;
        rebuildDone = 0;
        rebuildTotal = 0;
        Path lockFile = generations.root().resolve("rebuild.lock");
        try {
            Files.createDirectories(generations.root());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = tryLock(channel)) {
                if (lock == null) {
                    throw new IllegalStateException("another process is rebuilding the search index of this data folder");
                }
                String generation = generations.next();
                int[] count = new int[1];
                try (Directory directory = FSDirectory.open(generations.folder(generation));
                        IndexWriter writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                    long floor = snapshot.execute(status -> {
                        long horizon = outbox.horizon();
                        List<UUID> ids = contents.allIds();
                        rebuildTotal = ids.size();
                        try {
                            for (int from = 0; from < ids.size(); from += BATCH) {
                                for (DocumentContent document : contents.load(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                                    writer.addDocuments(IndexEntries.of(document));
                                    count[0]++;
                                }
                                rebuildDone = Math.min(ids.size(), from + BATCH);
                                progress.accept(rebuildDone);
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return horizon;
                    });
                    writer.setLiveCommitData(Map.of(FLOOR, Long.toString(floor), EDITION_KEY, EDITION).entrySet());
                    writer.commit();
                }
                generations.makeCurrent(generation);
                switchTo(generation);
                log.info("Search index rebuilt: {} documents in generation {}", count[0], generation);
                return count[0];
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the search index could not be rebuilt", e);
        } finally {
            rebuilding = false;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private void switchTo(String generation) throws IOException {
        Active old = active;
        if (old != null && old.writer != null) {
            old.writer.rollback(); // its changes are in the registry; the new generation has them or will
        }
        Active opened = open(generation);
        active = opened;
        if (old != null) {
            old.closeQuietly();
        }
        checkedComplete = false;
        if (opened.writer != null) {
            generations.removeOlderThan(generation);
        }
    }

    private Active open(String generation) throws IOException {
        Directory directory = FSDirectory.open(generations.folder(generation));
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
        } catch (LockObtainFailedException e) {
            // another process keeps this index; this one reads its commits
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        SearcherManager manager = writer != null ? new SearcherManager(writer, new SearcherFactory())
                : new SearcherManager(directory, new SearcherFactory());
        long floor = 0;
        Map<String, String> data = writer != null ? writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData())
                : DirectoryReader.listCommits(directory).getLast().getUserData();
        if (data.containsKey(FLOOR)) {
            floor = Long.parseLong(data.get(FLOOR));
        }
        return new Active(generation, directory, writer, manager, floor, data.getOrDefault(EDITION_KEY, "none"));
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new java.util.HashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private void tryTakeOver(Active now) throws IOException {
        IndexWriter writer;
        try {
            writer = new IndexWriter(now.directory, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
        } catch (LockObtainFailedException e) {
            return;
        }
        writer.close();
        switchTo(now.generation);
    }

    /** Reads every file of the index once to verify its checksums; damage means a rebuild. */
    private void verifyIntegrity(Active now) {
        try {
            IndexSearcher searcher = now.manager.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
            } finally {
                now.manager.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index failed its integrity check ({}): rebuilding it", e.toString());
            rebuildNow(done -> {});
        }
    }

    private static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        return config;
    }

    @Override
    public void close() {
        closed = true;
        try {
            keeper.submit(() -> {
                try {
                    if (active != null && active.writer != null) {
                        follow(true);
                    }
                } catch (IOException | RuntimeException e) {
                    log.warn("Search index: the last catch-up failed ({}); the next start does it", e.toString());
                }
                if (active != null) {
                    active.closeQuietly();
                    active = null;
                }
            }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("Search index: closing took too long", e);
        }
        keeper.shutdownNow();
    }

    private record Pending(long horizon, List<String> ids, Long versions) {}

    private static final class Active {
        final String generation;
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager manager;
        final String edition;
        long floor;
        boolean uncommitted;
        long committedAt = System.currentTimeMillis();

        Active(String generation, Directory directory, IndexWriter writer, SearcherManager manager, long floor, String edition) {
            this.edition = edition;
            this.generation = generation;
            this.directory = directory;
            this.writer = writer;
            this.manager = manager;
            this.floor = floor;
        }

        void closeQuietly() {
            try {
                manager.close();
            } catch (IOException | RuntimeException e) {
                log.debug("closing searcher manager", e);
            }
            try {
                if (writer != null && writer.isOpen()) {
                    writer.close();
                }
            } catch (IOException | RuntimeException e) {
                log.debug("closing writer", e);
            }
            try {
                directory.close();
            } catch (IOException e) {
                log.debug("closing directory", e);
            }
        }
    }
}

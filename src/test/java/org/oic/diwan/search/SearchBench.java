package org.oic.diwan.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.oic.diwan.DiwanApplication;
import org.oic.diwan.reading.DocumentSymbol;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.reading.Segment;
import org.oic.diwan.reading.SegmentKind;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.registry.DocumentContent;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.StoredResolution;
import org.oic.diwan.text.ExtractedText;
import org.oic.diwan.text.Language;
import org.oic.diwan.text.LanguageDetector;
import org.oic.diwan.text.TextExtractor;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search benchmark ({@code bench/search/run}): ingest through Diwan against raw Lucene, query
 * latency through the HTTP API against raw Lucene and PostgreSQL full-text search, and the
 * server's memory. Prints a Markdown report on stdout, progress on stderr.
 *
 * <p>The server and the import run as {@code ./diwan} runs them (same JVM options), from a copy of
 * the jar made by the script, so that a rebuild of {@code target/diwan.jar} during a long run
 * cannot pull the classes from under them.
 */
public final class SearchBench {

    private static final PrintStream log = System.err;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final Options options;
    private final Path root;
    private final Path work;
    private final Path jar;
    private final String javaBin;
    private final List<String> report = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();
    /** The server and the postmaster, for the CPU accounting of the query phases (0 when unknown). */
    private long serverPid;
    private long postgresPid;

    private record Options(int documents, int clients, int rounds, int warmupRounds, int pgRounds, int port, String command) {}

    record BenchQuery(int index, Language language, String text) {}

    private SearchBench(Options options) {
        this.options = options;
        this.root = Path.of("").toAbsolutePath();
        this.work = root.resolve("target/bench-search");
        this.jar = work.resolve("diwan.jar");
        this.javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        SearchBench bench = new SearchBench(options);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopChildren));
        try {
            bench.run();
        } finally {
            bench.stopChildren();
        }
        System.exit(0);
    }

    private static Options parse(String[] args) {
        int documents = 33334;
        int clients = 10;
        int rounds = 5;
        int warmup = 1;
        int pgRounds = 2;
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--documents" -> documents = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--warmup-rounds" -> warmup = Integer.parseInt(value);
                case "--pg-rounds" -> pgRounds = Integer.parseInt(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--help", "-h" -> {
                    System.out.println("""
                            bench/search/run [--documents N] [--clients C] [--rounds R] [--warmup-rounds W] [--pg-rounds R] [--port P]
                              --documents N    generated documents, three files each (default 33334, about 1 million paragraphs)
                              --clients C      concurrent search clients (default 10)
                              --rounds R       measured rounds of the 50 queries per client, Diwan and raw Lucene (default 5)
                              --warmup-rounds  unmeasured rounds first (default 1)
                              --pg-rounds R    measured rounds for PostgreSQL (default 2)
                              --port P         the server's HTTP port (default: a free one)""");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
            i++;
        }
        return new Options(documents, clients, rounds, warmup, pgRounds, port,
                "bench/search/run" + (args.length == 0 ? "" : " " + String.join(" ", args)));
    }

    // ------------------------------------------------------------------------------------------

    private void run() throws Exception {
        Files.createDirectories(work);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        List<BenchQuery> queries = loadQueries();

        // 1. corpus
        Path corpus = work.resolve("corpus-" + options.documents);
        Corpus files = corpus(corpus);

        // 2a. reference: raw Lucene indexing of the same files
        RawIngest raw = rawIngest(files);

        // 2b. Diwan: a server, an import, until everything is searchable
        Path data = work.resolve("data-" + options.documents);
        deleteTree(data);
        int port = options.port > 0 ? options.port : freePort();
        progress("starting the server on port %d, data %s", port, root.relativize(data));
        long serverStart = System.nanoTime();
        Process server = start(work.resolve("server.log"), diwanCommand("serve", "--data", data.toString(), "--port", Integer.toString(port)));
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        awaitHealth(http, base, server);
        double serverStartSeconds = seconds(System.nanoTime() - serverStart);
        serverPid = server.pid();
        postgresPid = postmaster(data);
        progress("server up in %.1f s (pid %d)", serverStartSeconds, server.pid());
        try {
            httpTotal(http, base + "/api/search?q=&size=1");
        } catch (Exception e) {
            throw new IllegalStateException("the server does not answer /api/search anonymously (" + e.getMessage()
                    + "); the benchmark searches as the public", e);
        }
        Ingest ingest = ingest(http, base, server, data, corpus, files);

        // 4a. memory after the import
        Memory afterImport = memory(server.pid(), "after the import");
        Path generation = currentGeneration(data);
        long indexBytes = size(generation);
        long rawIndexBytes = size(work.resolve("raw"));

        // 3. query latency: HTTP, then raw Lucene on the server's index
        progress("queries through HTTP: %d clients, %d warm-up + %d measured rounds of %d queries", options.clients,
                options.warmupRounds, options.rounds, queries.size());
        Latency viaHttp = measure("Diwan, GET /api/search", queries, options.rounds, () -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            return q -> httpTotal(client, base + "/api/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        });
        progress("%s", viaHttp.summary());
        Latency oneClient = measure("Diwan, GET /api/search, 1 client", 1, queries, 3, () -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            return q -> httpTotal(client, base + "/api/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8));
        });
        progress("%s", oneClient.summary());
        Latency viaLucene;
        IndexCounts serverCounts;
        long planNanos;
        try (Directory directory = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            serverCounts = counts(searcher);
            TermBase termBase = TermBase.load();
            planNanos = planCost(queries, termBase);
            progress("raw Lucene on the server's index (%s): %d clients", generation.getFileName(), options.clients);
            viaLucene = measure("raw Lucene, top 10", queries, options.rounds, () -> q -> {
                Query query = QueryPlan.of(QueryText.parse(q.text()), termBase).expanded();
                TopDocs top = searcher.search(query, 10);
                return top.totalHits.value();
            });
            progress("%s", viaLucene.summary());
        }

        // 3b. PostgreSQL full-text search, in the same PostgreSQL, through a Spring context of our own
        progress("starting a Spring context on the same data folder (joins the running PostgreSQL)");
        Postgres postgres;
        Breakdown breakdown;
        Check check;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DiwanApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--diwan.data=" + data, "--diwan.log.console-level=WARN", "--diwan.db.pool-size=" + (options.clients + 2))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            check = check(jdbc, generation, serverCounts);
            breakdown = breakdown(queries, generation);
            postgres = postgres(jdbc, queries);
        }

        // 4b. memory after the queries; then stop the server
        Memory afterQueries = memory(server.pid(), "after the queries");
        progress("stopping the server (SIGTERM)");
        server.destroy();
        boolean stopped = server.waitFor(120, TimeUnit.SECONDS);
        if (!stopped) {
            server.destroyForcibly();
        }

        write(started, loadBefore, files, raw, ingest, serverStartSeconds, viaHttp, oneClient, viaLucene, postgres, breakdown, planNanos,
                afterImport, afterQueries, serverCounts, indexBytes, rawIndexBytes, check, queries);
        report.forEach(System.out::println);
    }

    // ---- corpus ------------------------------------------------------------------------------

    record Corpus(Path folder, List<List<Path>> documents, int files, long bytes, double generatedSeconds) {}

    private Corpus corpus(Path folder) throws Exception {
        Path done = work.resolve("corpus-" + options.documents + ".done");
        double generated = -1;
        if (!Files.exists(done)) {
            deleteTree(folder);
            progress("generating %d documents into %s", options.documents, root.relativize(folder));
            long t = System.nanoTime();
            Process p = start(work.resolve("generate.log"), diwanCommand("generate", "--documents", Integer.toString(options.documents),
                    "--out", folder.toString()));
            if (p.waitFor() != 0) {
                throw new IllegalStateException("diwan generate failed: see " + work.resolve("generate.log"));
            }
            generated = seconds(System.nanoTime() - t);
            Files.writeString(done, options.documents + "\n");
        } else {
            progress("reusing the corpus in %s", root.relativize(folder));
        }
        Map<String, List<Path>> byDocument = new java.util.TreeMap<>();
        long bytes = 0;
        int count = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                byDocument.computeIfAbsent(name.substring(0, name.indexOf('-') < 0 ? name.length() : name.indexOf('-')),
                        k -> new ArrayList<>()).add(file);
                bytes += Files.size(file);
                count++;
            }
        }
        progress("corpus: %d documents, %d files, %.1f MB", byDocument.size(), count, bytes / 1e6);
        return new Corpus(folder, List.copyOf(byDocument.values()), count, bytes, generated);
    }

    // ---- ingest: raw Lucene ------------------------------------------------------------------

    record RawIngest(double seconds, double commitSeconds, int files, int versions, long paragraphs, int groups,
            double extractCpu, double readCpu, double entriesCpu, double indexCpu, int threads) {}

    /**
     * Extraction (Tika, as the importer does it), language detection, reading, then the same index
     * entries with the same analyzers into a plain IndexWriter, one document per three files.
     */
    private RawIngest rawIngest(Corpus corpus) throws Exception {
        Path folder = work.resolve("raw");
        deleteTree(folder);
        int threads = Runtime.getRuntime().availableProcessors(); // as many as the importer uses
        progress("raw Lucene indexing of %d files with %d threads into %s", corpus.files(), threads, root.relativize(folder));
        LongAdder extract = new LongAdder();
        LongAdder read = new LongAdder();
        LongAdder entries = new LongAdder();
        LongAdder index = new LongAdder();
        LongAdder paragraphs = new LongAdder();
        AtomicInteger versions = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        TextExtractor extractor = new TextExtractor(20_000_000, threads, Duration.ofSeconds(120));
        IndexWriterConfig config = new IndexWriterConfig(Analysis.perField());
        config.setRAMBufferSizeMB(64); // as SearchIndex
        long start = System.nanoTime();
        double commitSeconds;
        try (Directory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<?>> futures = new ArrayList<>();
                for (List<Path> document : corpus.documents()) {
                    futures.add(pool.submit(() -> {
                        List<ReadDocument> reads = new ArrayList<>();
                        for (Path file : document) {
                            long t0 = System.nanoTime();
                            ExtractedText text = extractor.extract(file, file.getFileName().toString());
                            long t1 = System.nanoTime();
                            Language language = Language.ofCode(LanguageDetector.guess(text.text()).language()).orElse(null);
                            if (language != null) {
                                reads.add(ResolutionReader.read(file.getFileName().toString(), text.text(), language));
                            }
                            long t2 = System.nanoTime();
                            extract.add(t1 - t0);
                            read.add(t2 - t1);
                        }
                        long t2 = System.nanoTime();
                        DocumentContent content = content(document.get(0), reads);
                        var docs = IndexEntries.of(content);
                        long t3 = System.nanoTime();
                        writer.addDocuments(docs);
                        long t4 = System.nanoTime();
                        entries.add(t3 - t2);
                        index.add(t4 - t3);
                        versions.addAndGet(content.versions().size());
                        paragraphs.add(docs.size() - content.versions().size());
                        int n = done.incrementAndGet();
                        if (n % 2000 == 0) {
                            progress("  raw: %d documents", n);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            long c = System.nanoTime();
            writer.commit();
            commitSeconds = seconds(System.nanoTime() - c);
        }
        double total = seconds(System.nanoTime() - start);
        int groups;
        try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            groups = new IndexSearcher(reader).search(new MatchAllDocsQuery(), ResolutionCollector.manager(1, false, null)).total();
        }
        progress("raw: %.1f s, %d versions, %d paragraphs", total, versions.get(), paragraphs.sum());
        return new RawIngest(total, commitSeconds, corpus.files(), versions.get(), paragraphs.sum(), groups, seconds(extract.sum()),
                seconds(read.sum()), seconds(entries.sum()), seconds(index.sum()), threads);
    }

    /** The document as the registry would hold it (roughly: grouped by file number rather than by symbol). */
    private static DocumentContent content(Path first, List<ReadDocument> reads) {
        String name = first.getFileName().toString();
        UUID id = UUID.nameUUIDFromBytes(name.substring(0, Math.max(0, name.indexOf('-'))).getBytes(StandardCharsets.UTF_8));
        ReadDocument lead = reads.stream().filter(r -> r.symbol() != null).findFirst().orElse(reads.isEmpty() ? null : reads.get(0));
        List<DocumentContent.Version> versions = new ArrayList<>();
        for (ReadDocument read : reads) {
            List<StoredResolution> resolutions = read.resolutions().stream().map(r -> new StoredResolution(r.index(),
                    r.number() == null ? null : r.number().printed(), r.number() == null ? null : r.number().key(), r.title())).toList();
            List<StoredParagraph> paragraphs = new ArrayList<>();
            String heading = null;
            for (Segment segment : read.segments()) {
                if (segment.kind() == SegmentKind.HEADING) {
                    heading = segment.text();
                } else if (segment.kind() == SegmentKind.TITLE) {
                    heading = null;
                }
                paragraphs.add(new StoredParagraph(paragraphs.size(), segment.resolution(), segment.kind().label(), segment.number(),
                        segment.text(), segment.start(), segment.end(), segment.verb() == null ? null : segment.verb().canonical(),
                        segment.verb() == null ? null : segment.verb().strength().name().toLowerCase(Locale.ROOT),
                        segment.kind() == SegmentKind.OPERATIVE ? heading : null));
            }
            versions.add(new DocumentContent.Version(UUID.nameUUIDFromBytes((id + read.file()).getBytes(StandardCharsets.UTF_8)),
                    read.language().code(), 1, read.file(), read.symbol() == null ? null : read.symbol().printed(),
                    Classification.PUBLIC, false, java.util.Set.of(), java.util.Set.of(), read.extraction().suspect(), resolutions, paragraphs));
        }
        if (lead == null) {
            return new DocumentContent(id, null, null, "unknown", null, null, false, null, null, null, versions);
        }
        DocumentSymbol symbol = lead.symbol();
        ReadDocument.Session session = lead.session();
        String body = symbol != null && symbol.bodyCode().isPresent() ? symbol.bodyCode().get()
                : lead.body() != null ? lead.body().code() : null;
        Integer ordinal = symbol != null && symbol.sessionOrdinal().isPresent() ? Integer.valueOf(symbol.sessionOrdinal().getAsInt())
                : session != null ? session.number() : null;
        Integer year = symbol != null && symbol.year().isPresent() ? Integer.valueOf(symbol.year().getAsInt())
                : session != null && session.gregorian() != null ? session.gregorian().from().getYear() : null;
        boolean extraordinary = (symbol != null && symbol.extraordinarySession()) || (session != null && session.extraordinary());
        return new DocumentContent(id, symbol == null ? null : symbol.key(), symbol == null ? null : symbol.printed(),
                lead.kind().label(), body, ordinal, extraordinary, year,
                session == null || session.gregorian() == null ? null : session.gregorian().from(),
                session == null || session.hijri() == null ? null : session.hijri().from().toString(), versions);
    }

    // ---- ingest: Diwan -----------------------------------------------------------------------

    record Ingest(double untilSearchable, double importSeconds, int atImportExit, int expected, String importSummary, int importExit,
            double importCpu, double serverCpu, double postgresCpu, double busyCpu, int polls, double pollMillisLast, List<double[]> curve) {}

    private Ingest ingest(HttpClient http, String base, Process server, Path data, Path corpus, Corpus files) throws Exception {
        double cpuServer0 = cpuSeconds(server.pid(), false);
        double cpuPostgres0 = postgresCpu(data);
        double cpuChildren0 = ownChildrenCpu();
        double busy0 = machineBusy();
        progress("importing %d files (classification public) while the server runs", files.files());
        long t0 = System.nanoTime();
        Process importing = start(work.resolve("import.log"),
                diwanCommand("import", "--data", data.toString(), "--classification", "public", corpus.toString()));
        String probe = base + "/api/search?q=&size=1";
        List<double[]> curve = new ArrayList<>(); // seconds since start, total, poll millis
        double importSeconds = -1;
        int lastTotal = -1;
        double stableSince = -1;
        double lastPollMillis = 0;
        long lastProgress = 0;
        while (true) {
            boolean importRunning = importing.isAlive();
            if (!importRunning && importSeconds < 0) {
                importSeconds = seconds(System.nanoTime() - t0);
                progress("import exited (%d) after %.1f s", importing.exitValue(), importSeconds);
            }
            long p0 = System.nanoTime();
            int total = (int) httpTotalQuietly(http, probe);
            long p1 = System.nanoTime();
            double at = seconds(p1 - t0);
            lastPollMillis = (p1 - p0) / 1e6;
            curve.add(new double[] {at, total, lastPollMillis});
            if (total != lastTotal) {
                lastTotal = total;
                stableSince = at;
            }
            if (p1 - lastProgress > 15_000_000_000L) {
                lastProgress = p1;
                progress("  %.0f s: %d resolutions searchable (probe %.0f ms)%s", at, total, lastPollMillis,
                        importRunning ? "" : ", import done");
            }
            if (!importRunning) {
                // settled: unchanged for 5 s after the import exited, and the server idle for a second
                if (at - Math.max(stableSince, importSeconds) >= 5 && serverIdle(server.pid())) {
                    break;
                }
                if (at - importSeconds > 1800) {
                    progress("WARNING: still not settled 30 minutes after the import exited; going on with %d", total);
                    break;
                }
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped: see " + work.resolve("server.log"));
            }
            Thread.sleep(importRunning ? 5000 : 1000);
        }
        int expected = lastTotal;
        double reached = curve.stream().filter(c -> c[1] == expected).mapToDouble(c -> c[0]).min().orElseThrow();
        double importCpu = ownChildrenCpu() - cpuChildren0;
        double serverCpu = cpuSeconds(server.pid(), false) - cpuServer0;
        double postgresCpu = postgresCpu(data) - cpuPostgres0;
        double busy = machineBusy() - busy0;
        String summary = Files.readAllLines(work.resolve("import.log")).stream()
                .filter(l -> l.matches("\\d+ imported, \\d+ duplicate, \\d+ rejected")).findFirst().orElse("?");
        progress("searchable after %.1f s: %d resolutions (%s)", reached, expected, summary);
        double exitedAt = importSeconds;
        int atExit = (int) curve.stream().filter(c -> c[0] <= exitedAt).mapToDouble(c -> c[1]).max().orElse(0);
        return new Ingest(reached, importSeconds, atExit, expected, summary, importing.exitValue(), importCpu, serverCpu, postgresCpu, busy,
                curve.size(), lastPollMillis, curve);
    }

    private boolean serverIdle(long pid) throws Exception {
        double a = cpuSeconds(pid, false);
        Thread.sleep(1000);
        return cpuSeconds(pid, false) - a < 0.20;
    }

    // ---- query latency -----------------------------------------------------------------------

    interface Runner {
        long run(BenchQuery query) throws Exception;
    }

    record Latency(String name, int clients, long[] nanos, double wallSeconds, long[][] perQuery, long[] hits, int failures,
            double busySeconds, double ownSeconds) {
        double percentile(double p) {
            return SearchBench.percentile(nanos, p);
        }

        double qps() {
            return nanos.length / wallSeconds;
        }

        String summary() {
            return "%s: p50 %.1f ms, p99 %.1f ms, %.0f queries/s, %d failed".formatted(name, percentile(0.5), percentile(0.99), qps(),
                    failures);
        }
    }

    private Latency measure(String name, List<BenchQuery> queries, int rounds, java.util.function.Supplier<Runner> clientFactory)
            throws Exception {
        return measure(name, options.clients, queries, rounds, clientFactory);
    }

    private Latency measure(String name, int clients, List<BenchQuery> queries, int rounds,
            java.util.function.Supplier<Runner> clientFactory) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(clients + 1);
        List<List<long[]>> samples = new ArrayList<>();
        long[] hits = new long[queries.size()];
        java.util.Arrays.fill(hits, -1);
        AtomicInteger failures = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<long[]> mine = new ArrayList<>();
            samples.add(mine);
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    Runner runner = clientFactory.get();
                    Random random = new Random(2023L * 31 + client);
                    for (int r = 0; r < options.warmupRounds; r++) {
                        for (BenchQuery q : shuffled(queries, random)) {
                            runQuietly(runner, q, failures);
                        }
                    }
                    barrier.await();
                    for (int r = 0; r < rounds; r++) {
                        for (BenchQuery q : shuffled(queries, random)) {
                            long t = System.nanoTime();
                            long found = runQuietly(runner, q, failures);
                            mine.add(new long[] {q.index(), System.nanoTime() - t});
                            hits[q.index()] = found;
                        }
                    }
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "client-" + c);
            thread.start();
            threads.add(thread);
        }
        barrier.await(); // warm-up done everywhere
        double busy0 = machineBusy();
        double own0 = cpuSeconds(ProcessHandle.current().pid(), false);
        double server0 = serverPid > 0 ? cpuSeconds(serverPid, false) : 0;
        double postgres0 = postgresPid > 0 ? postgresCpuOf(postgresPid) : 0;
        long start = System.nanoTime();
        barrier.await(); // measured rounds done everywhere
        double wall = seconds(System.nanoTime() - start);
        for (Thread t : threads) {
            t.join();
        }
        List<long[]> all = samples.stream().flatMap(List::stream).toList();
        long[] nanos = all.stream().mapToLong(s -> s[1]).toArray();
        long[][] perQuery = new long[queries.size()][];
        for (int q = 0; q < queries.size(); q++) {
            int at = q;
            perQuery[q] = all.stream().filter(s -> s[0] == at).mapToLong(s -> s[1]).toArray();
        }
        double busy = machineBusy() - busy0;
        double own = cpuSeconds(ProcessHandle.current().pid(), false) - own0 + (serverPid > 0 ? cpuSeconds(serverPid, false) - server0 : 0)
                + (postgresPid > 0 ? postgresCpuOf(postgresPid) - postgres0 : 0);
        return new Latency(name, clients, nanos, wall, perQuery, hits, failures.get(), busy, own);
    }

    private static long runQuietly(Runner runner, BenchQuery q, AtomicInteger failures) {
        try {
            return runner.run(q);
        } catch (Exception e) {
            if (failures.getAndIncrement() < 5) {
                log.println("query failed: " + q.text() + ": " + e);
            }
            return -1;
        }
    }

    private static List<BenchQuery> shuffled(List<BenchQuery> queries, Random random) {
        List<BenchQuery> copy = new ArrayList<>(queries);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Nanoseconds per query plan (parse, term base, analysis), one thread. */
    private static long planCost(List<BenchQuery> queries, TermBase termBase) {
        int rounds = 100;
        for (int r = 0; r < rounds; r++) { // warm-up
            for (BenchQuery q : queries) {
                QueryPlan.of(QueryText.parse(q.text()), termBase);
            }
        }
        long t = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (BenchQuery q : queries) {
                QueryPlan.of(QueryText.parse(q.text()), termBase);
            }
        }
        return (System.nanoTime() - t) / ((long) rounds * queries.size());
    }

    // ---- where a search's time goes (one thread, in this JVM) --------------------------------

    record Breakdown(double planMs, double collectTop10Ms, double collectResolutionsMs, double slowestPlanMs, String slowestPlan,
            double slowestCollectMs, String slowestCollect) {}

    /**
     * One client, in this JVM, on the server's index: the median over the queries of each query's
     * median time, for the plan alone, raw top 10, and the resolution collector (exact totals and
     * facets over every match, public entries only). The whole search is the one-client HTTP run.
     */
    private Breakdown breakdown(List<BenchQuery> queries, Path generation) throws Exception {
        progress("one-client breakdown of a search");
        TermBase termBase = TermBase.load();
        Query visible = new TermQuery(new Term(SearchFields.CLASSIFICATION, "public"));
        int reps = 7;
        List<Double> plan = new ArrayList<>();
        List<Double> top = new ArrayList<>();
        List<Double> collect = new ArrayList<>();
        try (Directory directory = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (BenchQuery q : queries) {
                long[] p = new long[reps];
                long[] t = new long[reps];
                long[] c = new long[reps];
                for (int r = -2; r < reps; r++) { // two unmeasured first
                    long a = System.nanoTime();
                    QueryPlan qp = QueryPlan.of(QueryText.parse(q.text()), termBase);
                    long b = System.nanoTime();
                    searcher.search(qp.expanded(), 10);
                    long d = System.nanoTime();
                    Query filtered = new org.apache.lucene.search.BooleanQuery.Builder()
                            .add(qp.expanded(), org.apache.lucene.search.BooleanClause.Occur.MUST)
                            .add(visible, org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
                    searcher.search(filtered, ResolutionCollector.manager(10, false, null));
                    long e = System.nanoTime();
                    if (r >= 0) {
                        p[r] = b - a;
                        t[r] = d - b;
                        c[r] = e - d;
                    }
                }
                plan.add(percentile(p, 0.5));
                top.add(percentile(t, 0.5));
                collect.add(percentile(c, 0.5));
            }
        }
        int worstPlan = argmax(plan);
        int worstCollect = argmax(collect);
        return new Breakdown(median(plan), median(top), median(collect), plan.get(worstPlan), queries.get(worstPlan).text(),
                collect.get(worstCollect), queries.get(worstCollect).text());
    }

    // ---- PostgreSQL --------------------------------------------------------------------------

    record Postgres(String version, String settings, double buildSeconds, long rows, long tableBytes, long indexBytes,
            boolean arabicConfig, Latency latency, String plan) {}

    private Postgres postgres(JdbcClient jdbc, List<BenchQuery> queries) throws Exception {
        String version = jdbc.sql("show server_version").query(String.class).single();
        String settings = "shared_buffers " + jdbc.sql("show shared_buffers").query(String.class).single()
                + ", work_mem " + jdbc.sql("show work_mem").query(String.class).single()
                + ", max_parallel_workers_per_gather " + jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single();
        boolean arabic = jdbc.sql("select count(*) from pg_ts_config where cfgname = 'arabic'").query(Long.class).single() > 0;
        String arabicConfig = arabic ? "arabic" : "simple";
        progress("PostgreSQL %s: building the full-text table (one row per paragraph, GIN index)", version);
        long t = System.nanoTime();
        jdbc.sql("drop table if exists bench_fts").update();
        jdbc.sql("""
                create table bench_fts as
                select p.id, v.language, p.text,
                       to_tsvector(case v.language when 'ar' then '%s' when 'fr' then 'french' else 'english' end::regconfig, p.text) as tsv
                from paragraph p join version v on v.id = p.version_id
                where p.kind <> 'toc' and btrim(p.text) <> ''""".formatted(arabicConfig)).update();
        jdbc.sql("create index bench_fts_tsv on bench_fts using gin (tsv)").update();
        jdbc.sql("analyze bench_fts").update();
        double build = seconds(System.nanoTime() - t);
        long rows = jdbc.sql("select count(*) from bench_fts").query(Long.class).single();
        long tableBytes = jdbc.sql("select pg_table_size('bench_fts')").query(Long.class).single();
        long indexBytes = jdbc.sql("select pg_relation_size('bench_fts_tsv')").query(Long.class).single();
        progress("PostgreSQL table: %d rows in %.1f s", rows, build);
        String tsquery = "(websearch_to_tsquery('%s', :q) || websearch_to_tsquery('english', :q) || websearch_to_tsquery('french', :q))"
                .formatted(arabicConfig);
        String sql = "select id, ts_rank(tsv, " + tsquery + ") as rank from bench_fts where tsv @@ " + tsquery
                + " order by rank desc limit 10";
        String plan = String.join("\n", jdbc.sql("explain " + sql).param("q", "food security").query(String.class).list());
        progress("queries on PostgreSQL: %d clients, %d warm-up + %d measured rounds", options.clients, options.warmupRounds,
                options.pgRounds);
        Latency latency = measure("PostgreSQL full-text search", queries, options.pgRounds,
                () -> q -> jdbc.sql(sql).param("q", q.text()).query((rs, n) -> rs.getString(1)).list().size());
        progress("%s", latency.summary());
        jdbc.sql("drop table if exists bench_fts").update();
        return new Postgres(version, settings, build, rows, tableBytes, indexBytes, arabic, latency, plan);
    }

    // ---- checks ------------------------------------------------------------------------------

    record IndexCounts(int entries, int versions, int paragraphs, int segments) {}

    private static IndexCounts counts(IndexSearcher searcher) throws IOException {
        int entries = searcher.getIndexReader().numDocs();
        int versions = searcher.count(new TermQuery(new Term(SearchFields.TYPE, "version")));
        return new IndexCounts(entries, versions, entries - versions, searcher.getIndexReader().leaves().size());
    }

    record Check(long registryVersions, long registryParagraphs, long outboxEvents, long eventsAfterFloor, String indexFloor) {}

    private Check check(JdbcClient jdbc, Path generation, IndexCounts counts) throws IOException {
        long versions = jdbc.sql("select count(*) from version").query(Long.class).single();
        long paragraphs = jdbc.sql("select count(*) from paragraph where btrim(text) <> ''").query(Long.class).single();
        long events = jdbc.sql("select count(*) from outbox").query(Long.class).single();
        String floor;
        try (Directory directory = FSDirectory.open(generation)) {
            floor = DirectoryReader.listCommits(directory).getLast().getUserData().getOrDefault(SearchIndex.FLOOR, "0");
        }
        long after = jdbc.sql("select count(*) from outbox where xid >= cast(cast(? as text) as xid8)").param(Long.parseLong(floor))
                .query(Long.class).single();
        progress("registry: %d versions, %d paragraphs, %d outbox events (%d at or after the index's floor %s); index: %d versions, %d paragraphs",
                versions, paragraphs, events, after, floor, counts.versions(), counts.paragraphs());
        return new Check(versions, paragraphs, events, after, floor);
    }

    // ---- memory ------------------------------------------------------------------------------

    record Memory(String when, long heapUsedKb, long heapCommittedKb, long liveKb, long rssKb, String raw) {}

    private Memory memory(long pid, String when) throws Exception {
        String before = jcmd(pid, "GC.heap_info");
        long rss = rssKb(pid);
        jcmd(pid, "GC.run");
        String after = jcmd(pid, "GC.heap_info");
        Files.writeString(work.resolve("heap-" + when.replace(' ', '-') + ".txt"), before + "\n--- after GC.run ---\n" + after);
        long[] b = heapNumbers(before);
        long[] a = heapNumbers(after);
        progress("memory %s: heap used %d MB (committed %d MB), live after a full GC %d MB, RSS %d MB", when, b[1] / 1024, b[0] / 1024,
                a[1] / 1024, rss / 1024);
        return new Memory(when, b[1], b[0], a[1], rss, before);
    }

    private String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** committed and used of the heap, in KB, from GC.heap_info. */
    private static long[] heapNumbers(String heapInfo) {
        for (String line : heapInfo.split("\n")) {
            if (line.contains("heap") && line.contains("used")) {
                Matcher committed = Pattern.compile("committed (\\d+)K").matcher(line);
                Matcher used = Pattern.compile("used (\\d+)K").matcher(line);
                if (committed.find() && used.find()) {
                    return new long[] {Long.parseLong(committed.group(1)), Long.parseLong(used.group(1))};
                }
            }
        }
        return new long[] {-1, -1};
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    // ---- processes ---------------------------------------------------------------------------

    private List<String> diwanCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(javaBin, "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"));
        String extra = System.getenv("DIWAN_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Process start(Path output, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        synchronized (children) {
            children.add(p);
        }
        return p;
    }

    private void stopChildren() {
        synchronized (children) {
            for (Process p : children) {
                if (p.isAlive()) {
                    p.destroy();
                    try {
                        p.waitFor(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    private static void awaitHealth(HttpClient http, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue() + " (see target/bench-search/server.log)");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().strip().endsWith("\"status\":\"UP\"}")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not come up within 5 minutes");
    }

    private static long httpTotal(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body().substring(0, Math.min(200, r.body().length())));
        }
        Matcher m = TOTAL.matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long httpTotalQuietly(HttpClient client, String url) {
        try {
            return httpTotal(client, url);
        } catch (Exception e) {
            return -1;
        }
    }

    /** utime + stime (+ children's when asked), in seconds. */
    private static double cpuSeconds(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU of the children this JVM has waited for (the import, once it has exited). */
    private static double ownChildrenCpu() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;
    }

    private static long postmaster(Path data) {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU seconds of the whole machine so far (every process), from /proc/stat. */
    private static double machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7])
                    + Long.parseLong(f[8]);
            return busy / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double postgresCpu(Path data) {
        long postmaster = postmaster(data);
        return postmaster == 0 ? Double.NaN : postgresCpuOf(postmaster);
    }

    /** The postmaster (with the backends it has reaped) and its live backends. */
    private static double postgresCpuOf(long postmaster) {
        try {
            double cpu = cpuSeconds(postmaster, true);
            Optional<ProcessHandle> handle = ProcessHandle.of(postmaster);
            if (handle.isPresent()) {
                for (ProcessHandle child : handle.get().children().toList()) {
                    cpu += cpuSeconds(child.pid(), false);
                }
            }
            return cpu;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    // ---- files -------------------------------------------------------------------------------

    private List<BenchQuery> loadQueries() throws IOException {
        List<BenchQuery> queries = new ArrayList<>();
        try (InputStream in = SearchBench.class.getResourceAsStream("/search/bench-queries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("search/bench-queries.tsv is missing from the test resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                queries.add(new BenchQuery(queries.size(), Language.ofCode(columns[0].strip()).orElseThrow(), columns[1].strip()));
            }
        }
        return queries;
    }

    private static Path currentGeneration(Path data) throws IOException {
        return data.resolve("index").resolve(Files.readString(data.resolve("index/current")).strip());
    }

    private static long size(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---- numbers -----------------------------------------------------------------------------

    static double percentile(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int at = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    private static int argmax(List<Double> values) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) > values.get(best)) {
                best = i;
            }
        }
        return best;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get((sorted.size() - 1) / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void progress(String format, Object... args) {
        log.printf("[%s] %s%n", java.time.LocalTime.now().withNano(0), format.formatted(args));
    }

    // ---- report ------------------------------------------------------------------------------

    private void out(String format, Object... args) {
        report.add(args.length == 0 ? format : format.formatted(args));
    }

    private void write(String started, String loadBefore, Corpus corpus, RawIngest raw, Ingest ingest, double serverStart,
            Latency http, Latency oneClient, Latency lucene, Postgres pg, Breakdown breakdown, long planNanos, Memory afterImport, Memory afterQueries,
            IndexCounts counts, long indexBytes, long rawIndexBytes, Check check, List<BenchQuery> queries) throws IOException {
        int documents = corpus.documents().size();
        out("## Search (`bench/search/run`)");
        out("");
        out("Machine: %s. Date: %s. Load average at the start: %s; at the end: %s.", machine(), started, loadBefore,
                Files.readString(Path.of("/proc/loadavg")).strip());
        out("Command: `%s` (server and import run as `./diwan` runs them, default heap, from a copy of the jar).", options.command());
        out("Corpus: `diwan generate --documents %d` (seed 2023): %,d documents, %,d files (ar, en, fr; .txt .md .html), %.1f MB%s.",
                options.documents, documents, corpus.files(), corpus.bytes() / 1e6,
                corpus.generatedSeconds() >= 0 ? ", generated in %.0f s".formatted(corpus.generatedSeconds()) : "");
        out("Index of the server: %,d entries = %,d language versions + %,d paragraphs, %,d resolutions, %.0f MB on disk, %d segments.",
                counts.entries(), counts.versions(), counts.paragraphs(), ingest.expected(), indexBytes / 1e6, counts.segments());
        out("");
        out("### Ingest");
        out("");
        out("| | time (s) | files/s | documents/s |");
        out("|---|---:|---:|---:|");
        out("| Diwan: `diwan import` started → everything searchable over HTTP | %.1f | %.1f | %.1f |", ingest.untilSearchable(),
                corpus.files() / ingest.untilSearchable(), documents / ingest.untilSearchable());
        out("| (of which the import command, till it exited) | %.1f | %.1f | %.1f |", ingest.importSeconds(),
                corpus.files() / ingest.importSeconds(), documents / ingest.importSeconds());
        out("| raw Lucene: extract + read + index + commit, %d threads | %.1f | %.1f | %.1f |", raw.threads(), raw.seconds(),
                raw.files() / raw.seconds(), documents / raw.seconds());
        out("| **Diwan / raw (throughput)** | | **%.2f** | |", raw.seconds() / ingest.untilSearchable());
        out("");
        out("Import: %s (exit %d). Searchable: %,d resolutions (the raw index, documents grouped by file number: %,d); "
                + "registry %,d versions, %,d paragraphs; index %,d versions, %,d paragraphs; outbox events not yet in the index: %d of %,d. "
                + "When the import exited, %,d resolutions were searchable.",
                ingest.importSummary(), ingest.importExit(), ingest.expected(), raw.groups(), check.registryVersions(),
                check.registryParagraphs(), counts.versions(), counts.paragraphs(), check.eventsAfterFloor(), check.outboxEvents(),
                ingest.atImportExit());
        out("Where the time goes (CPU seconds during the ingest): import JVM %.0f, server JVM %.0f, PostgreSQL %.0f; "
                + "total %.0f CPU-s in %.0f s wall on %d cores (other processes on the machine: %.0f CPU-s). Raw (wall time summed over its threads): extraction %.0f, language + reading %.0f, "
                + "index entries %.0f, IndexWriter %.0f, commit %.1f s wall.",
                ingest.importCpu(), ingest.serverCpu(), ingest.postgresCpu(), ingest.importCpu() + ingest.serverCpu() + ingest.postgresCpu(),
                ingest.untilSearchable(), Runtime.getRuntime().availableProcessors(),
                ingest.busyCpu() - ingest.importCpu() - ingest.serverCpu() - ingest.postgresCpu(), raw.extractCpu(), raw.readCpu(), raw.entriesCpu(),
                raw.indexCpu(), raw.commitSeconds());
        out("The progress probe (`/api/search?q=&size=1`, polled every 5 s, every second after the import exited) took %.0f ms at the end (%d polls).",
                ingest.pollMillisLast(), ingest.polls());
        out("");
        out("### Query latency");
        out("");
        out("%d clients at once, each running the %d queries of `src/test/resources/search/bench-queries.tsv` (17 en, 17 fr, 16 ar: "
                + "words, phrases, an exclusion, OR, sessions, symbols, resolution numbers) in shuffled order, after %d warm-up round(s).",
                options.clients(), queries.size(), options.warmupRounds());
        out("");
        out("| | clients | rounds | queries | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | queries/s | CPU ms per query | other processes' CPU | queries with results |");
        out("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Latency l : List.of(http, lucene, pg.latency(), oneClient)) {
            long withResults = java.util.Arrays.stream(l.hits()).filter(h -> h > 0).count();
            out("| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %.1f | %.0f%% | %d/%d |", l.name(), l.clients(),
                    l.nanos().length / queries.size() / l.clients(), l.nanos().length, l.percentile(0.5), l.percentile(0.9),
                    l.percentile(0.99), l.percentile(1.0), l.qps(), l.ownSeconds() * 1000 / l.nanos().length,
                    100 * Math.max(0, l.busySeconds() - l.ownSeconds()) / (l.wallSeconds() * Runtime.getRuntime().availableProcessors()),
                    withResults, queries.size());
        }
        out("");
        out("CPU ms per query: this JVM (clients), the server and PostgreSQL together, per query answered. Other processes' CPU: "
                + "what the rest of the machine used meanwhile, as a share of all its cores.");
        out("");
        out("Ratios: Diwan / raw Lucene p50 %.1f×, p99 %.1f×; PostgreSQL / Diwan p50 %.2f×, p99 %.2f×.",
                http.percentile(0.5) / lucene.percentile(0.5), http.percentile(0.99) / lucene.percentile(0.99),
                pg.latency().percentile(0.5) / http.percentile(0.5), pg.latency().percentile(0.99) / http.percentile(0.99));
        out("");
        out("Diwan answers with exact totals and facet counts over every match, results grouped by resolution, the best paragraph "
                + "highlighted and the other language versions aligned; raw Lucene returns the top 10 entries of the same query "
                + "(`QueryPlan.expanded()`, planning included); PostgreSQL returns the top 10 paragraphs by `ts_rank` of "
                + "`websearch_to_tsquery` in the %s, english and french configurations OR-ed, on a table of %,d paragraphs with a GIN "
                + "index (built in %.0f s; table %.0f MB, index %.0f MB; PostgreSQL %s, %s).",
                pg.arabicConfig() ? "arabic" : "simple (no arabic configuration)", pg.rows(), pg.buildSeconds(), pg.tableBytes() / 1e6,
                pg.indexBytes() / 1e6, pg.version(), pg.settings());
        out("");
        out("One client, in the bench JVM on the server's index, median over the queries of each query's median (ms): plan %.2f, "
                + "raw top 10 %.1f, resolution collector (exact totals and facets over every match) %.1f; the whole search through "
                + "HTTP, one client: p50 %.1f. Planning alone: %.0f µs on average; the slowest plan %.1f ms (`%s`); the slowest "
                + "collection %.1f ms (`%s`).",
                breakdown.planMs(), breakdown.collectTop10Ms(), breakdown.collectResolutionsMs(), oneClient.percentile(0.5), planNanos / 1e3,
                breakdown.slowestPlanMs(), breakdown.slowestPlan(), breakdown.slowestCollectMs(), breakdown.slowestCollect());
        out("");
        out("Slowest queries through HTTP (p50 under load, ms; results; raw Lucene p50; PostgreSQL p50):");
        out("");
        out("| query | lang | Diwan p50 | Diwan results | raw Lucene p50 | PostgreSQL p50 |");
        out("|---|---|---:|---:|---:|---:|");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> percentile(http.perQuery()[i], 0.5)).reversed());
        for (int i : order.subList(0, Math.min(8, order.size()))) {
            out("| `%s` | %s | %.1f | %,d | %.1f | %.1f |", queries.get(i).text(), queries.get(i).language().code(),
                    percentile(http.perQuery()[i], 0.5), http.hits()[i], percentile(lucene.perQuery()[i], 0.5),
                    percentile(pg.latency().perQuery()[i], 0.5));
        }
        out("");
        out("### Memory of the server");
        out("");
        out("| | heap used (MB) | heap committed (MB) | live heap after a full GC (MB) | resident (MB) |");
        out("|---|---:|---:|---:|---:|");
        for (Memory m : List.of(afterImport, afterQueries)) {
            out("| %s | %.0f | %.0f | %.0f | %.0f |", m.when(), m.heapUsedKb() / 1024.0, m.heapCommittedKb() / 1024.0,
                    m.liveKb() / 1024.0, m.rssKb() / 1024.0);
        }
        out("");
        out("For %,d paragraphs (%,d entries) indexed; heap from `jcmd GC.heap_info`, resident from VmRSS. PostgreSQL runs in its "
                + "own processes (not counted). Raw index: %.0f MB on disk.", counts.paragraphs(), counts.entries(), rawIndexBytes / 1e6);
        // full per-query table, for whoever reads the raw output
        out("");
        out("<details><summary>Every query (p50 ms under load)</summary>");
        out("");
        out("| query | lang | Diwan | results | raw Lucene | hits | PostgreSQL | rows |");
        out("|---|---|---:|---:|---:|---:|---:|---:|");
        for (BenchQuery q : queries) {
            int i = q.index();
            out("| `%s` | %s | %.1f | %,d | %.1f | %,d | %.1f | %d |", q.text(), q.language().code(), percentile(http.perQuery()[i], 0.5),
                    http.hits()[i], percentile(lucene.perQuery()[i], 0.5), lucene.hits()[i], percentile(pg.latency().perQuery()[i], 0.5),
                    pg.latency().hits()[i]);
        }
        out("");
        out("</details>");
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
        return "%d cores (nproc), %.0f GiB, %s; JDK %s %s".formatted(Runtime.getRuntime().availableProcessors(), memKb / 1024.0 / 1024.0,
                cpu, System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"));
    }
}

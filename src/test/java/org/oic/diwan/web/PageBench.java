package org.oic.diwan.web;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.oic.diwan.demo.GeneratedCorpus;

/**
 * The pages benchmark ({@code bench/pages/run}): how long the server takes to answer the document
 * and search pages with many documents loaded, side by side with the JSON API answering the same
 * question and with a static file (the floor of one HTTP exchange with this server); and how many
 * bytes a first visit to each page transfers, fonts included. Prints Markdown on stdout.
 *
 * <p>Times are measured by one sequential client on the same machine: over the loopback, the
 * time to the last byte is the server's time plus a fraction of a millisecond.
 */
public final class PageBench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern LANGUAGES = Pattern.compile("\"languages\"\\s*:\\s*\\[\"(ar|en|fr)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern STYLESHEET = Pattern.compile("<link[^>]+rel=\"stylesheet\"[^>]+href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script[^>]+src=\"([^\"]+)\"");
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)\\}");
    private static final Pattern FONT_URL = Pattern.compile("url\\(([^)]+)\\)");
    private static final Pattern UNICODE_RANGE = Pattern.compile("unicode-range:([^;}]+)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int BUDGET_BYTES = 200 * 1024;

    private final Path root = Path.of("").toAbsolutePath();
    private final Path work = root.resolve("target/bench-pages");
    private final int documents;
    private final int requests;
    private final List<Process> children = new ArrayList<>();

    private final int quietMinutes;

    private PageBench(int documents, int requests, int quietMinutes) {
        this.documents = documents;
        this.requests = requests;
        this.quietMinutes = quietMinutes;
    }

    public static void main(String[] args) throws Exception {
        int documents = 100_000;
        int requests = 300;
        int quietMinutes = 60;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--wait-minutes" -> quietMinutes = Integer.parseInt(args[++i]);
                case "--documents" -> documents = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("""
                            bench/pages/run [--documents N] [--requests R]
                              --documents N  generated documents, one language version each (default 100000)
                              --requests R   measured requests per page kind (default 300)
                              --wait-minutes M  longest wait for the server's derived work after a first start (default 60)""");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
        }
        PageBench bench = new PageBench(documents, requests, quietMinutes);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stop));
        try {
            bench.run(String.join(" ", args));
        } finally {
            bench.stop();
        }
        System.exit(0);
    }

    private void run(String arguments) throws Exception {
        Files.createDirectories(work);
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        Path data = work.resolve("data-" + documents);
        Path imported = data.resolve("bench-imported");
        double importSeconds = -1;
        if (!Files.exists(imported)) {
            Path corpus = corpus();
            deleteTree(data);
            progress("importing %d documents into %s", documents, root.relativize(data));
            long t = System.nanoTime();
            Process p = start(work.resolve("import.log"), diwan("import", corpus.toString(), "--data", data.toString(), "--classification",
                    "public"));
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the import failed: see " + work.resolve("import.log"));
            }
            importSeconds = (System.nanoTime() - t) / 1e9;
            Files.writeString(imported, documents + "\n");
        }
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        progress("starting the server on port %d", port);
        Process server = start(work.resolve("server.log"), diwan("serve", "--data", data.toString(), "--port", Integer.toString(port)));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        awaitUp(http, base, server);
        awaitSearchable(http, base);
        quiet = awaitQuiet(server.pid(), quietMinutes);

        List<String> ids = documentIds(http, base);
        List<String[]> queries = queries();
        progress("measuring: %d requests per kind, one client", requests);
        Map<String, double[]> times = new LinkedHashMap<>();
        Random random = new Random(2023);
        warm(http, base, ids, queries, random);
        times.put("static file `/css/diwan.css` (reference: one exchange)", measure(http, i -> base + "/css/diwan.css"));
        times.put("`GET /api/documents/{id}` (JSON)", measure(http, i -> base + "/api/documents/" + ids.get(random.nextInt(ids.size())).substring(0, 36)));
        times.put("document page `/documents/{id}`", measure(http, i -> base + "/documents/" + ids.get(random.nextInt(ids.size())).substring(0, 36)));
        times.put("version page `/documents/{id}/{lang}`", measure(http, i -> {
            String id = ids.get(random.nextInt(ids.size()));
            return base + "/documents/" + id.substring(0, 36) + "/" + id.substring(37);
        }));
        times.put("`GET /api/search?q=` (JSON, same queries)", measure(http, i -> base + "/api/search?q=" + encode(queries.get(i % queries.size())[1])));
        times.put("search page `/search?q=`", measure(http, i -> base + "/search?q=" + encode(queries.get(i % queries.size())[1])));

        Map<String, Weight> weights = new LinkedHashMap<>();
        String id = ids.get(0).substring(0, 36);
        String lang = ids.get(0).substring(37);
        for (String ui : List.of("en", "fr", "ar")) {
            weights.put("home (" + ui + ")", weight(http, base, "/?ui=" + ui));
            weights.put("search `رقمي` (" + ui + ")", weight(http, base, "/search?q=" + encode("رقمي") + "&ui=" + ui));
            weights.put("search `solidarité numérique` (" + ui + ")", weight(http, base, "/search?q=" + encode("solidarité numérique") + "&ui=" + ui));
            weights.put("documents (" + ui + ")", weight(http, base, "/documents?ui=" + ui));
            weights.put("document (" + ui + ")", weight(http, base, "/documents/" + id + "?ui=" + ui));
            weights.put("version " + lang + " (" + ui + ")", weight(http, base, "/documents/" + id + "/" + lang + "?ui=" + ui));
            weights.put("browse (" + ui + ")", weight(http, base, "/browse?ui=" + ui));
            weights.put("mandates (" + ui + ")", weight(http, base, "/mandates?ui=" + ui));
            weights.put("sign in (" + ui + ")", weight(http, base, "/signin?ui=" + ui));
        }
        report(started, arguments, importSeconds, times, weights);
    }

    // ---- the corpus and the server ---------------------------------------------------------

    /** Generated documents, each kept in one language only (they rotate): as many documents as versions. */
    private Path corpus() throws IOException {
        Path folder = work.resolve("corpus-" + documents);
        Path done = folder.resolve(".complete");
        if (Files.exists(done)) {
            return folder;
        }
        deleteTree(folder);
        progress("generating %d documents", documents);
        GeneratedCorpus.write(folder, documents, 2023, n -> { });
        Pattern name = Pattern.compile("(\\d{6})-(ar|en|fr)\\.[a-z]+");
        List<String> languages = List.of("ar", "en", "fr");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches() && !m.group(2).equals(languages.get(Integer.parseInt(m.group(1)) % 3))) {
                    Files.delete(file);
                }
            }
        }
        Files.writeString(done, documents + "\n");
        return folder;
    }

    private List<String> diwan(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-jar", work.resolve("diwan.jar").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Process start(Path output, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        children.add(p);
        return p;
    }

    private void stop() {
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

    private static void awaitUp(HttpClient http, String base, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited (see target/bench-pages/server.log)");
            }
            try {
                if (get(http, base + "/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not come up within 10 minutes");
    }

    /** Until the index holds every document (a first start indexes what the import registered). */
    private void awaitSearchable(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(2);
        long last = -1;
        int unchanged = 0;
        while (System.nanoTime() < deadline) {
            Matcher m = TOTAL.matcher(get(http, base + "/api/search?q=&size=1").body());
            long total = m.find() ? Long.parseLong(m.group(1)) : -1;
            // every document, or (some hold no resolution) a total that stopped growing for a minute
            if (total >= documents || total > 0 && unchanged >= 12) {
                return;
            }
            if (total != last) {
                progress("searchable: %d resolutions for %d documents", total, documents);
                last = total;
                unchanged = 0;
            } else {
                unchanged++;
            }
            Thread.sleep(5000);
        }
        throw new IllegalStateException("the index did not catch up within 2 hours");
    }

    /** Whether the server was quiet when measured. */
    private boolean quiet = true;

    /**
     * Until the server's derived work (mandates, findings) is done: less than a tenth of a core
     * over 10 s, or the minutes given; whether it got quiet (the report says so).
     */
    private static boolean awaitQuiet(long pid, int minutes) throws Exception {
        for (int i = 0; i < minutes * 6; i++) {
            double before = cpuSeconds(pid);
            Thread.sleep(10_000);
            double used = cpuSeconds(pid) - before;
            if (used < 1.0) {
                return true;
            }
            progress("the server is still busy (%.1f CPU-s in 10 s)", used);
        }
        return false;
    }

    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    // ---- times ----------------------------------------------------------------------------

    private interface Url {
        String at(int i);
    }

    private void warm(HttpClient http, String base, List<String> ids, List<String[]> queries, Random random) throws Exception {
        for (int i = 0; i < 100; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            get(http, base + "/documents/" + id.substring(0, 36));
            get(http, base + "/search?q=" + encode(queries.get(i % queries.size())[1]));
        }
    }

    private double[] measure(HttpClient http, Url url) throws Exception {
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            String u = url.at(i);
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " for " + u);
            }
        }
        java.util.Arrays.sort(ms);
        return ms;
    }

    /** Ids of documents with their language ("id/lang"), from the API's list, spread over the registry. */
    private List<String> documentIds(HttpClient http, String base) throws Exception {
        List<String> ids = new ArrayList<>();
        Random random = new Random(7);
        int pages = Math.max(1, documents / 100);
        for (int i = 0; i < 20; i++) {
            String body = get(http, base + "/api/documents?size=100&page=" + random.nextInt(pages)).body();
            Matcher id = ID.matcher(body);
            Matcher language = LANGUAGES.matcher(body);
            while (id.find() && language.find(id.end())) {
                ids.add(id.group(1) + "/" + language.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no documents listed by /api/documents");
        }
        Collections.shuffle(ids, random);
        return ids;
    }

    private List<String[]> queries() throws IOException {
        List<String[]> queries = new ArrayList<>();
        Path file = Path.of(PageBench.class.getProtectionDomain().getCodeSource().getLocation().getPath()).resolve("bench-queries.tsv");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                queries.add(line.split("\t", 2));
            }
        }
        return queries;
    }

    // ---- weight ---------------------------------------------------------------------------

    /** What a first visit transfers: the page, its style sheet and scripts, and the fonts its text calls for. */
    record Weight(long html, long css, long scripts, long fonts, int requests) {
        long total() {
            return html + css + scripts + fonts;
        }
    }

    private static Weight weight(HttpClient http, String base, String path) throws Exception {
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip, deflate, br")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        String html = decoded(page);
        long css = 0;
        long scripts = 0;
        long fonts = 0;
        int count = 1;
        String text = TAG.matcher(html).replaceAll(" ");
        Set<String> fontUrls = new LinkedHashSet<>();
        Matcher sheet = STYLESHEET.matcher(html);
        while (sheet.find()) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + sheet.group(1))).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            css += transferred(r);
            count++;
            Matcher face = FONT_FACE.matcher(decoded(r));
            while (face.find()) {
                Matcher range = UNICODE_RANGE.matcher(face.group(1));
                Matcher url = FONT_URL.matcher(face.group(1));
                if (url.find() && (!range.find() || usesRange(text, range.group(1)))) {
                    fontUrls.add(url.group(1).replace("\"", "").replace("'", ""));
                }
            }
        }
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            scripts += transferred(http.send(HttpRequest.newBuilder(URI.create(base + script.group(1))).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray()));
            count++;
        }
        for (String url : fontUrls) {
            fonts += transferred(http.send(HttpRequest.newBuilder(URI.create(base + url)).build(), HttpResponse.BodyHandlers.ofByteArray()));
            count++;
        }
        return new Weight(transferred(page), css, scripts, fonts, count);
    }

    /** Whether the text has a character in a CSS unicode-range (a browser fetches the face only then). */
    private static boolean usesRange(String text, String ranges) {
        List<int[]> spans = new ArrayList<>();
        for (String part : ranges.split(",")) {
            String r = part.strip().replace("U+", "").replace("u+", "");
            String[] ends = r.split("-");
            int from = Integer.parseInt(ends[0].strip(), 16);
            int to = ends.length > 1 ? Integer.parseInt(ends[1].strip(), 16) : from;
            spans.add(new int[] {from, to});
        }
        return text.codePoints().anyMatch(c -> spans.stream().anyMatch(s -> c >= s[0] && c <= s[1]));
    }

    /** Bytes on the wire: the body as sent plus its headers. */
    private static long transferred(HttpResponse<byte[]> r) {
        long headers = 17; // status line
        for (Map.Entry<String, List<String>> h : r.headers().map().entrySet()) {
            for (String v : h.getValue()) {
                headers += h.getKey().length() + v.length() + 4;
            }
        }
        return r.body().length + headers;
    }

    private static String decoded(HttpResponse<byte[]> r) throws IOException {
        if (r.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    // ---- the report -----------------------------------------------------------------------

    private void report(String started, String arguments, double importSeconds, Map<String, double[]> times, Map<String, Weight> weights)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## Pages (`bench/pages/run").append(arguments.isEmpty() ? "" : " " + arguments).append("`)\n\n");
        out.append("Started ").append(started).append("; ").append(documents).append(" documents, one language version each")
                .append(importSeconds >= 0 ? String.format(" (imported in %.0f s)", importSeconds) : " (imported by an earlier run)")
                .append("; load average at the end ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append(".")
                .append(quiet ? "" : " **The server was still deriving mandates while measured** (a first start on this registry).")
                .append("\n\n");
        out.append("Server time, one client, ").append(requests).append(" requests each (ms):\n\n");
        out.append("| | p50 | p95 | p99 | max | p95 / static file |\n|---|---:|---:|---:|---:|---:|\n");
        double staticP95 = percentile(times.values().iterator().next(), 95);
        times.forEach((name, ms) -> out.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, percentile(ms, 50),
                percentile(ms, 95), percentile(ms, 99), ms[ms.length - 1], percentile(ms, 95) / staticP95)));
        out.append("\nFirst visit, bytes transferred (compressed as served, headers included; the fonts a browser fetches for the "
                + "page's characters; budget ").append(BUDGET_BYTES / 1024).append(" KB):\n\n");
        out.append("| page | requests | HTML | CSS | scripts | fonts | total (KB) | of budget |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        weights.forEach((name, w) -> out.append(String.format("| %s | %d | %d | %d | %d | %d | %.1f | %.0f%% |%n", name, w.requests(),
                w.html(), w.css(), w.scripts(), w.fonts(), w.total() / 1024.0, 100.0 * w.total() / BUDGET_BYTES)));
        System.out.print(out);
        Files.writeString(work.resolve("report.md"), out.toString());
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ---- small things ---------------------------------------------------------------------

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void progress(String format, Object... args) {
        System.err.printf("[pages] " + format + "%n", args);
    }
}

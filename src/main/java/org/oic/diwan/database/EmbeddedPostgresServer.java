package org.oic.diwan.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data directory lives in the Diwan data folder.
 *
 * <p>Several Diwan processes may use one data folder at once (a server and an {@code import}
 * command, say). The first one starts PostgreSQL; the others connect to it; the last one to
 * leave stops it. Two lock files coordinate this: {@code run/postgres-start.lock}, held
 * exclusively while a process starts or stops the server, and {@code run/postgres-users.lock},
 * held shared by every process using it. The kernel releases both when a process dies, even by
 * {@code kill -9}, so a killed process never blocks the next one: the next start finds the
 * orphaned server and uses it, or finds a stale {@code postmaster.pid} and lets PostgreSQL recover.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String DATABASE = "diwan";
    private static final String USER = "diwan";
    private static final String SUPERUSER = "postgres";

    /** One server handle per data folder and JVM; Java file locks cannot be taken twice by one JVM. */
    private static final Map<Path, EmbeddedPostgresServer> OPEN = new HashMap<>();

    private final Path dataFolder;
    private final Path pgData;
    private final PostgresBinaries binaries;
    private final Credentials credentials;
    private final FileChannel usersChannel;
    private final FileLock usersLock;
    private final int port;
    private int references = 1;

    private EmbeddedPostgresServer(
            Path dataFolder,
            PostgresBinaries binaries,
            Credentials credentials,
            FileChannel usersChannel,
            FileLock usersLock,
            int port) {
        this.dataFolder = dataFolder;
        this.pgData = dataFolder.resolve("postgres");
        this.binaries = binaries;
        this.credentials = credentials;
        this.usersChannel = usersChannel;
        this.usersLock = usersLock;
        this.port = port;
    }

    /**
     * Starts the server of this data folder, or joins it when another process already runs it.
     *
     * @param dataFolder the Diwan data folder; PostgreSQL's data directory is its {@code postgres} folder
     * @param binariesCache where the PostgreSQL binaries are unpacked, shared by all data folders
     * @param startupWait how long to wait for a server that is starting or recovering
     */
    public static synchronized EmbeddedPostgresServer open(Path dataFolder, Path binariesCache, Duration startupWait) {
        Path folder = canonical(dataFolder);
        EmbeddedPostgresServer existing = OPEN.get(folder);
        if (existing != null) {
            existing.references++;
            return existing;
        }
        EmbeddedPostgresServer server = start(folder, PostgresBinaries.unpackedUnder(binariesCache), startupWait);
        OPEN.put(folder, server);
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return credentials.userPassword();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--references > 0) {
                return;
            }
            OPEN.remove(dataFolder);
            try (FileChannel startChannel = lockChannel(dataFolder, "postgres-start.lock");
                    FileLock ignored = startChannel.lock()) {
                usersLock.release();
                usersChannel.close();
                try (FileChannel users = lockChannel(dataFolder, "postgres-users.lock");
                        FileLock last = users.tryLock()) {
                    if (last != null) {
                        stopServer();
                    } else {
                        log.info("PostgreSQL left running for the other Diwan processes on {}", dataFolder);
                    }
                }
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL of {} cleanly", dataFolder, e);
            }
        }
    }

    private static EmbeddedPostgresServer start(Path folder, PostgresBinaries binaries, Duration startupWait) {
        try {
            try (FileChannel startChannel = lockChannel(folder, "postgres-start.lock");
                    FileLock ignored = startChannel.lock()) {
                Path pgData = folder.resolve("postgres");
                Path credentialsFile = folder.resolve("config").resolve("postgres.properties");
                boolean fresh = !Files.exists(pgData);
                if (!fresh && !Files.isRegularFile(pgData.resolve("PG_VERSION"))) {
                    // initdb works in a staging folder moved into place whole, so this is damage
                    // (a partial restore, a disk error): never answer it by starting empty.
                    throw new IOException(pgData + " exists but holds no PostgreSQL data (PG_VERSION is missing);"
                            + " restore it from a backup or move it aside");
                }
                if (!fresh && !Files.isRegularFile(credentialsFile)) {
                    throw new IOException(credentialsFile + " is missing: without it Diwan cannot log in to the"
                            + " database in " + pgData + "; restore it from a backup");
                }
                Credentials credentials = Credentials.loadOrCreate(credentialsFile);
                if (fresh) {
                    initdb(binaries, folder, credentials);
                }
                int port = runningPort(pgData, credentials, startupWait);
                if (port < 0) {
                    port = startServer(binaries, folder, startupWait);
                }
                awaitConnectable(port, credentials, startupWait);
                ensureDatabase(port, credentials);
                ensureAuditTrail(port, credentials);
                FileChannel usersChannel = lockChannel(folder, "postgres-users.lock");
                FileLock usersLock = usersChannel.lock(0, Long.MAX_VALUE, true);
                return new EmbeddedPostgresServer(folder, binaries, credentials, usersChannel, usersLock, port);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    /** The port of a live server on this data directory, or -1 after clearing a stale pid file. */
    private static int runningPort(Path pgData, Credentials credentials, Duration wait) throws IOException {
        var pid = PostmasterPid.readFrom(pgData);
        if (pid.isEmpty()) {
            return -1;
        }
        if (pid.get().isLive() && "stopping".equals(pid.get().status())) {
            awaitExit(pid.get(), wait); // a process killed while stopping the server: let it finish
        }
        if (pid.get().isLive()) {
            log.info("Found PostgreSQL already running on {} (pid {}), joining it", pgData, pid.get().pid());
            return pid.get().port();
        }
        // The postmaster is gone (killed, or the machine restarted). PostgreSQL would refuse to start
        // if the recorded pid now belongs to an unrelated process, so the stale file goes; the WAL
        // replay that follows on start is PostgreSQL's own crash recovery.
        log.warn("Removing stale postmaster.pid of {} (pid {} is not running); PostgreSQL will recover",
                pgData, pid.get().pid());
        Files.deleteIfExists(pgData.resolve("postmaster.pid"));
        return -1;
    }

    private static void awaitExit(PostmasterPid pid, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (pid.isLive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for PostgreSQL to stop", e);
            }
        }
    }

    private static void initdb(PostgresBinaries binaries, Path folder, Credentials credentials) throws IOException {
        Path pgData = folder.resolve("postgres");
        Path staging = folder.resolve("postgres.initdb");
        deleteTree(staging);
        Path pwfile = folder.resolve("run").resolve("initdb.pw");
        Files.deleteIfExists(pwfile); // left by a process killed during an earlier initdb
        Files.createFile(pwfile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pwfile, credentials.superuserPassword() + "\n");
        try {
            log.info("Creating the PostgreSQL data directory in {}", pgData);
            run(binaries, folder, List.of(
                    binaries.bin("initdb").toString(),
                    "-D", staging.toString(),
                    "-U", SUPERUSER,
                    "-A", "scram-sha-256",
                    "--pwfile=" + pwfile,
                    "-E", "UTF-8",
                    "--locale-provider=builtin",
                    "--builtin-locale=C.UTF-8",
                    "--no-instructions"));
        } finally {
            Files.deleteIfExists(pwfile);
        }
        Files.move(staging, pgData, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private static int startServer(PostgresBinaries binaries, Path folder, Duration wait) throws IOException {
        Path pgData = folder.resolve("postgres");
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                run(binaries, folder, List.of(
                        binaries.bin("pg_ctl").toString(),
                        "-D", pgData.toString(),
                        "-l", folder.resolve("log").resolve("postgres.log").toString(),
                        "-w", "-t", Long.toString(Math.max(1, wait.toSeconds())),
                        "-o", String.join(" ", serverOptions(port)),
                        "start"));
                log.info("Started PostgreSQL on 127.0.0.1:{} for {}", port, folder);
                return port;
            } catch (IOException e) {
                last = e;
                // pg_ctl gives up waiting while a long crash recovery goes on: that server is ours.
                var pid = PostmasterPid.readFrom(pgData);
                if (pid.isPresent() && pid.get().isLive()) {
                    log.info("PostgreSQL is still starting (recovery?) on port {}; waiting for it", pid.get().port());
                    return pid.get().port();
                }
                // otherwise most likely the port was taken between probing and binding
            }
        }
        throw last;
    }

    private static List<String> serverOptions(int port) {
        return List.of(
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=''",
                "-c", "timezone=UTC",
                "-c", "max_connections=100",
                // Durability is not negotiable: an acknowledged import must survive a crash.
                "-c", "fsync=on",
                "-c", "synchronous_commit=on");
    }

    private void stopServer() {
        try {
            run(binaries, dataFolder, List.of(
                    binaries.bin("pg_ctl").toString(), "-D", pgData.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            log.info("Stopped PostgreSQL of {}", dataFolder);
        } catch (IOException e) {
            log.warn("pg_ctl stop failed for {}: {}", dataFolder, e.getMessage());
        }
    }

    private static void awaitConnectable(int port, Credentials credentials, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = superuserConnection(port, credentials, "postgres")) {
                return;
            } catch (SQLException e) {
                last = e; // starting up or recovering: PostgreSQL answers "the database system is starting up"
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for PostgreSQL", e);
            }
        }
        throw new IOException("PostgreSQL on port " + port + " did not accept connections within " + wait, last);
    }

    private static void ensureDatabase(int port, Credentials credentials) throws IOException {
        try (Connection c = superuserConnection(port, credentials, "postgres");
                var s = c.createStatement()) {
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + USER + " login password '" + credentials.userPassword() + "'");
                }
            }
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " owner " + USER + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not prepare the Diwan database", e);
        }
    }

    /**
     * Creates the audit trail as the superuser, before the application's migrations, and lets the
     * application's role read and append to it only: it cannot change or remove what it wrote.
     */
    private static void ensureAuditTrail(int port, Credentials credentials) throws IOException {
        String script;
        try (var in = EmbeddedPostgresServer.class.getResourceAsStream("/db/migration/V4__audit.sql")) {
            if (in == null) {
                throw new IOException("db/migration/V4__audit.sql is missing from the application");
            }
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection c = superuserConnection(port, credentials, DATABASE);
                var s = c.createStatement()) {
            s.execute(script);
            s.execute("grant usage on schema audit to " + USER);
            s.execute("grant select, insert on audit.entry, audit.checkpoint to " + USER);
            s.execute("revoke update, delete, truncate on audit.entry, audit.checkpoint from " + USER);
        } catch (SQLException e) {
            throw new IOException("Could not prepare the audit trail", e);
        }
    }

    /** A connection as the superuser to the Diwan database: for operators' tools and tests, never for the application. */
    public Connection superuserConnection() throws SQLException {
        return superuserConnection(port, credentials, DATABASE);
    }

    private static Connection superuserConnection(int port, Credentials credentials, String database)
            throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", credentials.superuserPassword());
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, props);
    }

    /** Runs a PostgreSQL program; as root, inside a user namespace, since PostgreSQL refuses to run as root. */
    private static void run(PostgresBinaries binaries, Path folder, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (RootUser.isRoot()) {
            full.addAll(List.of("unshare", "--user"));
        }
        full.addAll(command);
        Files.createDirectories(folder.resolve("log"));
        Path output = Files.createTempFile(folder.resolve("run"), "pgctl", ".out");
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + exit + "): "
                        + Files.readString(output).strip() + " (see " + folder.resolve("log/postgres.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static FileChannel lockChannel(Path folder, String name) throws IOException {
        Path run = folder.resolve("run");
        if (!Files.isDirectory(run)) {
            Files.createDirectories(run, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return FileChannel.open(folder.resolve("run").resolve(name), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path canonical(Path folder) {
        try {
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use data folder " + folder, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

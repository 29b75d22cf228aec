package org.oic.diwan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;

/**
 * The embedded PostgreSQL across restarts, crashes and several processes on one data folder.
 * Other processes are real JVMs started for the test, killed with SIGKILL where a crash is meant.
 */
class EmbeddedPostgresServerIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Path binaries = Path.of(System.getProperty("user.home"), ".cache", "diwan");

    @Test
    void dataSurvivesARestart() throws Exception {
        Path folder = TestDataFolders.create("pg-restart");
        try (EmbeddedPostgresServer server = open(folder)) {
            execute(server, "create table note (text text)", "insert into note values ('kept')");
        }
        assertThat(folder.resolve("postgres/postmaster.pid")).doesNotExist(); // the last user stopped it
        try (EmbeddedPostgresServer server = open(folder)) {
            assertThat(queryString(server, "select text from note")).isEqualTo("kept");
        }
    }

    @Test
    void recoversFromAKilledServerAndItsStalePidFile() throws Exception {
        Path folder = TestDataFolders.create("pg-crash");
        EmbeddedPostgresServer first = open(folder);
        execute(first, "create table note (text text)", "insert into note values ('committed before the crash')");
        long postmaster = Long.parseLong(Files.readAllLines(folder.resolve("postgres/postmaster.pid")).get(0).strip());
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly(); // SIGKILL, as a crash would
        awaitDeath(postmaster);
        first.close(); // pg_ctl stop finds nothing to stop; the handle lets go of its locks
        assertThat(folder.resolve("postgres/postmaster.pid")).exists();

        try (EmbeddedPostgresServer second = open(folder)) {
            assertThat(queryString(second, "select text from note")).isEqualTo("committed before the crash");
        }
    }

    @Test
    void aPidFileNamingAnUnrelatedLiveProcessDoesNotBlockTheStart() throws Exception {
        Path folder = TestDataFolders.create("pg-reused-pid");
        try (EmbeddedPostgresServer server = open(folder)) {
            execute(server, "create table note (text text)");
        }
        // After a reboot the recorded pid may belong to anything; here, to this very JVM.
        Files.writeString(folder.resolve("postgres/postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + folder.resolve("postgres") + "\n1700000000\n5999\n\n127.0.0.1\n0 0\nready   \n");
        try (EmbeddedPostgresServer server = open(folder)) {
            assertThat(queryString(server, "select count(*)::text from note")).isEqualTo("0");
        }
    }

    @Test
    void aSecondProcessJoinsTheRunningServerAndTheLastToLeaveStopsIt() throws Exception {
        Path folder = TestDataFolders.create("pg-shared");
        Process other = startHolder(folder);
        int port = readPort(other);

        try (EmbeddedPostgresServer server = open(folder)) {
            assertThat(server.port()).isEqualTo(port);
            execute(server, "create table note (text text)");
            other.getOutputStream().close(); // the other process leaves normally
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // ... and the server stays up for us
            execute(server, "insert into note values ('still here')");
            assertThat(queryString(server, "select text from note")).isEqualTo("still here");
        }
        assertThat(folder.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void theServerOfAProcessKilledWithSigkillIsFoundAndUsed() throws Exception {
        Path folder = TestDataFolders.create("pg-orphan");
        Process other = startHolder(folder);
        int port = readPort(other);
        other.destroyForcibly(); // kill -9 of the JVM: its PostgreSQL lives on, orphaned
        other.waitFor(60, TimeUnit.SECONDS);

        try (EmbeddedPostgresServer server = open(folder)) {
            assertThat(server.port()).isEqualTo(port);
            execute(server, "create table note (text text)", "insert into note values ('adopted')");
            assertThat(queryString(server, "select text from note")).isEqualTo("adopted");
        }
        assertThat(folder.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    private EmbeddedPostgresServer open(Path folder) {
        return EmbeddedPostgresServer.open(folder, binaries, WAIT);
    }

    private Process startHolder(Path folder) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PostgresHolder.class.getName(), folder.toString(), binaries.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static int readPort(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("port ")) {
                return Integer.parseInt(line.substring(5).strip());
            }
        }
        throw new IllegalStateException("the other process did not start its server");
    }

    private static void awaitDeath(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(300); // let its children notice and exit too
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection c = connect(server); var s = c.createStatement()) {
            for (String sql : List.of(statements)) {
                s.execute(sql);
            }
        }
    }

    private static String queryString(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = connect(server); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

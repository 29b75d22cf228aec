package org.oic.diwan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.database.DatabaseAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The trail is append-only in the database itself, and the verifier names the entry after each
 * kind of tampering by someone who can write to the database behind Diwan's back (here: the
 * PostgreSQL superuser, with the guards switched off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditTrailIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("audit").toString());
    }

    @Autowired
    AuditTrail trail;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    TrailVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseAdministration administration;

    @Autowired
    org.oic.diwan.DataFolder dataFolder;

    private long first;

    @BeforeEach
    void tenEntries() throws Exception {
        // each test starts from an intact trail: earlier tests' tampering is undone by starting anew
        try (Connection c = administration.superuserConnection().orElseThrow(); Statement s = c.createStatement()) {
            s.execute("alter table audit.entry disable trigger user");
            s.execute("alter table audit.checkpoint disable trigger user");
            s.execute("delete from audit.entry");
            s.execute("delete from audit.checkpoint");
            s.execute("alter table audit.entry enable trigger user");
            s.execute("alter table audit.checkpoint enable trigger user");
        }
        java.nio.file.Files.deleteIfExists(dataFolder.root().resolve("keys").resolve("audit-checkpoints.log"));
        for (int i = 1; i <= 10; i++) {
            trail.record(new AuditEvent("person-" + i, "GS-IT", "document.read", "document/" + i, "ok", "127.0.0.1",
                    Map.of("language", "ar")));
        }
        first = jdbc.sql("select min(seq) from audit.entry").query(Long.class).single();
    }

    private List<TrailVerifier.Problem> problems() {
        return verifier.verify().problems();
    }

    private void asSuperuser(String... statements) throws Exception {
        try (Connection c = administration.superuserConnection().orElseThrow(); Statement s = c.createStatement()) {
            s.execute("alter table audit.entry disable trigger user");
            for (String sql : statements) {
                s.execute(sql);
            }
            s.execute("alter table audit.entry enable trigger user");
        }
    }

    private long seq(int nth) {
        return first + nth - 1;
    }

    @Test
    void aCleanTrailIsIntact() {
        checkpoints.sign();
        TrailVerifier.Report report = verifier.verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(10);
        assertThat(report.lastCheckpoint()).isEqualTo(seq(10));
    }

    @Test
    void theApplicationCannotUpdateOrDeleteWhatItWrote() {
        assertThatThrownBy(() -> jdbc.sql("update audit.entry set outcome = 'denied' where seq = ?").param(seq(3)).update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where seq = ?").param(seq(3)).update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entry").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit.entry disable trigger user").update())
                .hasStackTraceContaining("must be owner");
        assertThat(problems()).isEmpty();
    }

    @Test
    void evenTheOwnerCannotChangeItWhileTheGuardsStand() throws Exception {
        try (Connection c = administration.superuserConnection().orElseThrow(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("update audit.entry set outcome = 'denied' where seq = " + seq(3)))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aModifiedEntryIsNamed() throws Exception {
        asSuperuser("update audit.entry set outcome = 'denied' where seq = " + seq(4));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(seq(4));
            assertThat(p.kind()).isEqualTo(TrailVerifier.Kind.ALTERED);
        });
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        asSuperuser("delete from audit.entry where seq = " + seq(6));
        assertThat(problems()).extracting(TrailVerifier.Problem::seq, TrailVerifier.Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(seq(6), TrailVerifier.Kind.DELETED));
    }

    @Test
    void entriesDeletedFromTheEndAreFoundByTheCheckpoint() throws Exception {
        checkpoints.sign();
        asSuperuser("delete from audit.entry where seq >= " + seq(9));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.seq()).isEqualTo(seq(9));
            assertThat(p.kind()).isEqualTo(TrailVerifier.Kind.DELETED);
        });
    }

    @Test
    void anInsertedEntryIsNamed() throws Exception {
        // a forged entry made to look right (its own hash computed), put between the 5th and the 6th
        AuditEntry fifth = trail.latest(10).stream().filter(e -> e.seq() == seq(5)).findFirst().orElseThrow();
        java.time.Instant at = fifth.at().plusMillis(1);
        String hash = ChainHash.of(seq(6), at, "intruder", null, "document.read", "document/42", "ok", null, "{}", fifth.hash());
        asSuperuser(
                "update audit.entry set seq = seq + 1000 where seq > " + seq(5),
                "update audit.entry set seq = seq - 999 where seq > " + (seq(5) + 1000),
                "insert into audit.entry (seq, at, actor, action, resource, outcome, detail, previous_hash, hash) values (" + seq(6)
                        + ", '" + at + "', 'intruder', 'document.read', 'document/42', 'ok', '{}', '" + fifth.hash() + "', '" + hash + "')");
        assertThat(problems()).extracting(TrailVerifier.Problem::seq, TrailVerifier.Problem::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(seq(6), TrailVerifier.Kind.INSERTED));
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        asSuperuser(
                "update audit.entry set seq = 999999 where seq = " + seq(7),
                "update audit.entry set seq = " + seq(7) + " where seq = " + seq(8),
                "update audit.entry set seq = " + seq(8) + " where seq = 999999");
        assertThat(problems()).extracting(TrailVerifier.Problem::seq, TrailVerifier.Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(seq(7), TrailVerifier.Kind.MOVED),
                        org.assertj.core.groups.Tuple.tuple(seq(8), TrailVerifier.Kind.MOVED));
    }

    @Test
    void aRewrittenChainIsCaughtByItsSignedCheckpoint() throws Exception {
        checkpoints.sign();
        // someone who knows the algorithm rewrites entry 3 and recomputes every hash after it
        List<AuditEntry> entries = new java.util.ArrayList<>();
        trail.forEach(1, entries::add);
        List<String> statements = new java.util.ArrayList<>();
        String previous = null;
        for (AuditEntry e : entries) {
            String outcome = e.seq() == seq(3) ? "denied" : e.outcome();
            String prev = previous == null ? e.previousHash() : previous;
            String hash = ChainHash.of(e.seq(), e.at(), e.actor(), e.organization(), e.action(), e.resource(), outcome, e.address(),
                    e.detailJson(), prev);
            statements.add("update audit.entry set outcome = '%s', previous_hash = '%s', hash = '%s' where seq = %d"
                    .formatted(outcome, prev, hash, e.seq()));
            previous = hash;
        }
        asSuperuser(statements.toArray(String[]::new));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(TrailVerifier.Kind.CHECKPOINT);
            assertThat(p.message()).contains("rewritten");
        });
    }
}

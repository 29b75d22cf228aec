package org.oic.diwan.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit trail and reads it. An entry is written in the caller's transaction when
 * there is one (a write and its entry commit together, or neither does), else in its own.
 * Appends are serialized by a transaction-scoped lock, so the chain has no fork and no gap.
 */
@Service
public class AuditTrail {

    /** The advisory lock that serializes appends (an arbitrary constant of ours). */
    private static final long APPEND_LOCK = 0x41554449544c4f47L;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleRow();
        Optional<Last> last = jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
                .query((rs, n) -> new Last(rs.getLong("seq"), rs.getString("hash")))
                .optional();
        long seq = last.map(l -> l.seq + 1).orElse(1L);
        String previous = last.map(l -> l.hash).orElse(ChainHash.GENESIS);
        Instant at = ChainHash.truncate(Instant.now());
        String detail = json.writeValueAsString(new TreeMap<>(event.detail()));
        String hash = ChainHash.of(seq, at, event.actor(), event.organization(), event.action(), event.resource(), event.outcome(),
                event.address(), detail, previous);
        jdbc.sql("""
                insert into audit.entry (seq, at, actor, organization, action, resource, outcome, address, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(seq, java.sql.Timestamp.from(at), event.actor(), event.organization(), event.action(), event.resource(),
                        event.outcome(), event.address(), detail, previous, hash)
                .update();
        return new AuditEntry(seq, at, event.actor(), event.organization(), event.action(), event.resource(), event.outcome(),
                event.address(), detail, previous, hash);
    }

    /** Every entry from {@code fromSeq} on, in order, one at a time (the trail may be long). */
    public void forEach(long fromSeq, Consumer<AuditEntry> consumer) {
        jdbc.sql("""
                select seq, at, actor, organization, action, resource, outcome, address, detail, previous_hash, hash
                from audit.entry where seq >= ? order by seq
                """)
                .param(fromSeq)
                .query((java.sql.ResultSet rs) -> {
                    consumer.accept(entry(rs));
                });
    }

    /** The newest entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                select seq, at, actor, organization, action, resource, outcome, address, detail, previous_hash, hash
                from audit.entry order by seq desc limit ?
                """)
                .param(limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("organization"),
                rs.getString("action"), rs.getString("resource"), rs.getString("outcome"), rs.getString("address"), rs.getString("detail"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** The last entry's place and hash, if any. */
    Optional<Last> head() {
        return jdbc.sql("select seq, hash from audit.entry order by seq desc limit 1")
                .query((rs, n) -> new Last(rs.getLong("seq"), rs.getString("hash")))
                .optional();
    }

    record Last(long seq, String hash) {}
}

package org.oic.diwan.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the trail a page at a time for auditors: a selection, newest first (before a place in
 * the chain, or from the end) or in order from a place. The database filters, so a long trail
 * costs one page, not a scan in Java.
 */
@Service
public class AuditBrowser {

    /** One page of entries, and where the next one starts (null on the last page). */
    public record Page(List<AuditEntry> entries, Long next) {}

    private final JdbcClient jdbc;

    AuditBrowser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries with {@code seq < before} (all when null), newest first; {@code next} is the next {@code before}. */
    public Page newestFirst(AuditSelection selection, Long before, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(selection, params);
        if (before != null) {
            where += " and seq < ?";
            params.add(before);
        }
        List<AuditEntry> rows = query(where + " order by seq desc limit ?", params, size + 1);
        return rows.size() > size ? new Page(rows.subList(0, size), rows.get(size - 1).seq()) : new Page(rows, null);
    }

    /** Entries with {@code seq >= from}, in the order written; {@code next} is the next {@code from}. */
    public Page inOrderFrom(AuditSelection selection, long from, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(selection, params) + " and seq >= ?";
        params.add(from);
        List<AuditEntry> rows = query(where + " order by seq limit ?", params, size + 1);
        return rows.size() > size ? new Page(rows.subList(0, size), rows.get(size).seq()) : new Page(rows, null);
    }

    private List<AuditEntry> query(String condition, List<Object> params, int limit) {
        params.add(limit);
        return jdbc.sql("""
                select seq, at, actor, organization, action, resource, outcome, address, detail, previous_hash, hash
                from audit.entry where\s""" + condition)
                .params(params)
                .query((rs, n) -> AuditTrail.entry(rs))
                .list();
    }

    /** The selection as SQL, the same filters as {@link AuditSelection#test}; values always bound, never spliced. */
    private static String where(AuditSelection s, List<Object> params) {
        StringBuilder sql = new StringBuilder("true");
        if (s.actor() != null) {
            sql.append(" and actor = ?");
            params.add(s.actor());
        }
        if (s.action() != null) {
            sql.append(" and starts_with(action, ?)");
            params.add(s.action());
        }
        if (s.resource() != null) {
            sql.append(" and starts_with(resource, ?)");
            params.add(s.resource());
        }
        if (s.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(s.outcome());
        }
        if (s.since() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(s.since()));
        }
        if (s.until() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(s.until()));
        }
        return sql.toString();
    }
}

package org.oic.diwan.database;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the outbox for a follower that keeps its own position (a search index keeps it in its
 * commit). Positions are transaction ids, not event ids: ids are drawn when an event is written,
 * but transactions finish in any order, so a follower that advanced by id could pass over an
 * event committed late. Below the horizon (the oldest transaction still running) nothing can
 * appear any more; a follower that has read up to the horizon has missed nothing.
 */
@Component
public class OutboxFeed {

    private final JdbcClient jdbc;

    OutboxFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The horizon now: every transaction below it has finished. Call it inside the reading snapshot. */
    public long horizon() {
        return jdbc.sql("select cast(cast(pg_snapshot_xmin(pg_current_snapshot()) as text) as bigint)").query(Long.class).single();
    }

    /** Just past the newest event committed and visible now: a follower whose position reaches it has seen it. */
    public long pastLatest() {
        return jdbc.sql("select coalesce(max(cast(cast(xid as text) as bigint)), -1) + 1 from outbox").query(Long.class).single();
    }

    /**
     * Where a follower's next batch ends: just after the {@code limit}-th transaction that wrote
     * events in {@code [from, to)}, or {@code to} when fewer did. A follower that moves batch by
     * batch keeps its transactions small however far behind it starts.
     */
    public long batchEnd(long from, long to, int limit) {
        Long last = jdbc.sql("""
                select max(x) from (select distinct cast(cast(xid as text) as bigint) as x from outbox
                    where xid >= cast(cast(? as text) as xid8) and xid < cast(cast(? as text) as xid8) order by x limit ?) t
                """).params(from, to, limit).query(Long.class).optional().orElse(null);
        return last == null ? to : Math.min(to, last + 1);
    }

    /**
     * The distinct values of a field of the payloads of events in {@code [from, to)}, e.g. the
     * {@code documentId} of every event since a follower's position, up to the horizon.
     */
    public List<String> payloadValues(String field, long from, long to) {
        return jdbc.sql("""
                select distinct payload ->> ? from outbox
                where xid >= cast(cast(? as text) as xid8) and xid < cast(cast(? as text) as xid8) and payload ->> ? is not null
                """)
                .params(field, from, to, field)
                .query(String.class)
                .list();
    }
}

package org.oic.diwan.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the transactional outbox, inside the caller's transaction.
 *
 * <p>An event is committed with the change it describes or not at all; whatever follows the
 * outbox (the search index, feeds, webhooks) therefore never misses nor invents a change.
 * {@code NOTIFY} wakes listeners in other processes once the transaction commits.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records an event, named after its record type ({@code VersionImported}), in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(Record event) {
        long id = jdbc.sql("insert into outbox (event_type, payload) values (?, cast(? as jsonb)) returning id")
                .params(event.getClass().getSimpleName(), json.writeValueAsString(event))
                .query(Long.class)
                .single();
        jdbc.sql("select pg_notify('diwan_outbox', ?)").param(Long.toString(id)).query().singleRow();
        return id;
    }
}

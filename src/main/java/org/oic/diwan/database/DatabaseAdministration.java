package org.oic.diwan.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What only an administrator of the database may do, for operators' tools and for tests that
 * play an attacker with full access: a superuser connection, when the database is the embedded
 * one (an external database's superuser is its administrators' business).
 */
public final class DatabaseAdministration {

    private final EmbeddedPostgresServer server;

    DatabaseAdministration(EmbeddedPostgresServer server) {
        this.server = server;
    }

    /** A superuser connection to the Diwan database, or empty on an external database. */
    public Optional<Connection> superuserConnection() throws SQLException {
        return server == null ? Optional.empty() : Optional.of(server.superuserConnection());
    }
}

package org.oic.diwan.database;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Another Diwan process, for tests: opens the embedded server of a data folder, prints its port,
 * and holds it until its standard input closes (or it is killed).
 */
public final class PostgresHolder {

    private PostgresHolder() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.open(Path.of(args[0]), Path.of(args[1]),
                Duration.ofSeconds(60))) {
            System.out.println("port " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the server until the parent closes our input
            }
        }
    }
}

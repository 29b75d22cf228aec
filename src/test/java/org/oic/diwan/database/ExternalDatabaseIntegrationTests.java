package org.oic.diwan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.oic.diwan.DiwanApplication;
import org.oic.diwan.Seeds;
import org.oic.diwan.TestDataFolders;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code DIWAN_DB_URL} set, Diwan uses that PostgreSQL and starts none of its own. The
 * "external" server here is a real PostgreSQL running from another data folder.
 */
class ExternalDatabaseIntegrationTests {

    @Test
    void usesThePostgresqlAtTheGivenUrl() throws Exception {
        Path serverFolder = TestDataFolders.create("external-server");
        Path diwanFolder = TestDataFolders.create("external-client");
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.open(serverFolder,
                Path.of(System.getProperty("user.home"), ".cache", "diwan"), Duration.ofSeconds(60))) {
            try (ConfigurableApplicationContext diwan = new SpringApplicationBuilder(DiwanApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--diwan.data=" + diwanFolder,
                            "--diwan.db.url=" + external.jdbcUrl(),
                            "--diwan.db.user=" + external.user(),
                            "--diwan.db.password=" + external.password())) {
                FileOutcome outcome = diwan.getBean(Importer.class).importFile(Seeds.file("002"));
                assertThat(outcome.status()).isEqualTo(FileOutcome.Status.IMPORTED);
                assertThat(diwan.getBean(JdbcClient.class).sql("select inet_server_port()").query(Integer.class).single())
                        .isEqualTo(external.port());
            }
            assertThat(diwanFolder.resolve("postgres")).doesNotExist();
            try (var c = java.sql.DriverManager.getConnection(external.jdbcUrl(), external.user(), external.password());
                    var rs = c.createStatement().executeQuery("select count(*) from version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}

package org.oic.diwan.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.oic.diwan.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DataSource on the embedded PostgreSQL of the data folder, or on the external one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Closed after the DataSource (which depends on it), so the pool never outlives the server. */
    @Bean(destroyMethod = "close")
    DatabaseEndpoint databaseEndpoint(DatabaseProperties properties, DataFolder dataFolder) {
        if (properties.external()) {
            log.info("Using the external PostgreSQL at {}", properties.url());
            return new DatabaseEndpoint(properties.url(), properties.user(), properties.password(), null);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.open(
                dataFolder.root(), properties.binariesCacheOrDefault(), properties.startupWait());
        return new DatabaseEndpoint(server.jdbcUrl(), server.user(), server.password(), server);
    }

    @Bean
    DatabaseAdministration databaseAdministration(DatabaseEndpoint endpoint) {
        return new DatabaseAdministration(endpoint.server());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseEndpoint endpoint, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(endpoint.jdbcUrl());
        config.setUsername(endpoint.user());
        config.setPassword(endpoint.password());
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("diwan");
        config.addDataSourceProperty("ApplicationName", "diwan");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** Where to connect, and the embedded server to release when done (null for an external one). */
    record DatabaseEndpoint(String jdbcUrl, String user, String password, EmbeddedPostgresServer server)
            implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }

        @Override
        public String toString() {
            return "DatabaseEndpoint[" + jdbcUrl + "]";
        }
    }
}

package org.oic.diwan.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is: an external PostgreSQL when {@code url} is set ({@code DIWAN_DB_URL},
 * {@code DIWAN_DB_USER}, {@code DIWAN_DB_PASSWORD}), otherwise the embedded one.
 */
@ConfigurationProperties("diwan.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path binariesCache,
        @DefaultValue("120s") Duration startupWait,
        @DefaultValue("10") int poolSize) {

    boolean external() {
        return url != null && !url.isBlank();
    }

    Path binariesCacheOrDefault() {
        if (binariesCache != null) {
            return binariesCache;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("diwan");
    }
}

package org.oic.diwan.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an import.
 *
 * @param maxFileSize the largest file accepted ({@code DIWAN_INTAKE_MAX_FILE_SIZE}, default 100MB)
 * @param maxTextCharacters the longest extracted text accepted: a guard against decompression bombs
 * @param extractionTimeout how long the text extraction of one file may take
 * @param threads files processed at once; 0 means one per processor
 */
@ConfigurationProperties("diwan.intake")
public record IntakeProperties(
        @DefaultValue("100MB") DataSize maxFileSize,
        @DefaultValue("20000000") int maxTextCharacters,
        @DefaultValue("120s") java.time.Duration extractionTimeout,
        @DefaultValue("0") int threads) {

    int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}

package org.oic.diwan.intake;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oic.diwan.consistency.DocumentFindings;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.Registrar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * At start, reads again (in the background) the versions that an older edition of the reader
 * read, and redoes their documents' findings: what reading finds is derived from the text, and
 * a better reader should improve what is already registered, not only what comes next.
 */
@Component
@ConditionalOnWebApplication // the server's work: a command that ends soon would cut it short
class Rereading implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Rereading.class);

    private final Documents documents;
    private final Registrar registrar;
    private final DocumentFindings findings;

    Rereading(Documents documents, Registrar registrar, DocumentFindings findings) {
        this.documents = documents;
        this.registrar = registrar;
        this.findings = findings;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("rereading").start(this::rereadAll);
    }

    /** Reads again every version read by another edition; returns how many. */
    int rereadAll() {
        int done = 0;
        try {
            List<Documents.StaleReading> stale;
            while (!(stale = documents.readBefore(ResolutionReader.EDITION, 200)).isEmpty()) {
                Set<UUID> touched = new HashSet<>();
                for (Documents.StaleReading reading : stale) {
                    var version = reading.version();
                    registrar.reread(version.versionId(), StructureMapping.of(
                            ResolutionReader.read(version.fileName(), version.text(), version.language())));
                    touched.add(reading.documentId());
                    done++;
                }
                touched.forEach(findings::recompute);
            }
            if (done > 0) {
                log.info("Read {} versions again with the reader of edition {}", done, ResolutionReader.EDITION);
            }
        } catch (RuntimeException e) {
            log.warn("Could not read every version again ({} done): {}", done, e.getMessage());
        }
        return done;
    }
}

package org.oic.diwan.consistency;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * At start, recomputes the findings that a crash (between an import's commit and its findings)
 * or an upgrade of the reader left stale. In the background: findings are derived, never a
 * reason to keep the server from starting.
 */
@Component
@ConditionalOnWebApplication // the server's work: a command that ends soon would cut it short
class StaleFindingsRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaleFindingsRepair.class);

    private final DocumentFindings findings;

    StaleFindingsRepair(DocumentFindings findings) {
        this.findings = findings;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("findings-repair").start(this::repair);
    }

    private void repair() {
        int repaired = 0;
        try {
            List<UUID> stale;
            while (!(stale = findings.stale(500)).isEmpty()) {
                for (UUID document : stale) {
                    findings.recompute(document);
                    repaired++;
                }
            }
            if (repaired > 0) {
                log.info("Recomputed the findings of {} documents", repaired);
            }
        } catch (RuntimeException e) {
            log.warn("Could not bring the findings up to date ({} done): {}", repaired, e.getMessage());
        }
    }
}

package org.oic.diwan.intake;

import org.oic.diwan.registry.Registrar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, removes what an import killed mid-way left in the originals store. */
@Component
@Order(0)
class LeftoversSweep implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LeftoversSweep.class);

    private final Registrar registrar;

    LeftoversSweep(Registrar registrar) {
        this.registrar = registrar;
    }

    @Override
    public void run(ApplicationArguments args) {
        int removed = registrar.sweepOriginals();
        if (removed > 0) {
            log.info("Removed {} files left by an interrupted import", removed);
        }
    }
}

package org.oic.diwan.intake;

import org.oic.diwan.reading.Bodies;
import org.oic.diwan.registry.Registrar;
import org.oic.diwan.text.Language;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, adds to the registry every body the reader knows, so that a document adopted by one
 * of them is filed under it. The lexicon ({@code reading/bodies.tsv}) is the one list to edit.
 */
@Component
@Order(-1)
class BodyCatalogue implements ApplicationRunner {

    private final Registrar registrar;

    BodyCatalogue(Registrar registrar) {
        this.registrar = registrar;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String code : Bodies.codes()) {
            registrar.registerBody(code, Bodies.name(code, Language.EN), Bodies.name(code, Language.FR),
                    Bodies.name(code, Language.AR));
        }
    }
}

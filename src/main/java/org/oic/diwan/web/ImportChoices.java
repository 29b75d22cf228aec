package org.oic.diwan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oic.diwan.access.AccessPolicy;
import org.oic.diwan.access.Action;
import org.oic.diwan.access.Subject;
import org.oic.diwan.registry.Classification;
import org.springframework.stereotype.Component;

/**
 * The classifications a clerk may import under, the rule of {@code POST /api/imports}:
 * restricted by default; public only for a publisher, since making a document public is
 * publishing it.
 */
@Component
class ImportChoices {

    private final AccessPolicy policy;

    ImportChoices(AccessPolicy policy) {
        this.policy = policy;
    }

    /** What the form offers this subject, the default first. */
    List<Classification> offered(Subject subject) {
        List<Classification> offered = new ArrayList<>(List.of(Classification.DEFAULT, Classification.CONFIDENTIAL));
        if (policy.decide(subject, Action.PUBLISH).permitted()) {
            offered.add(Classification.PUBLIC);
        }
        return offered;
    }

    /** Why a chosen classification is refused: {@code unknown} or {@code public}; empty when it is allowed. */
    Optional<String> refusal(Subject subject, String code) {
        Optional<Classification> chosen = Classification.ofCode(code);
        if (chosen.isEmpty()) {
            return Optional.of("unknown");
        }
        return offered(subject).contains(chosen.get()) ? Optional.empty() : Optional.of("public");
    }
}

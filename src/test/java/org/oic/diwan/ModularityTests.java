package org.oic.diwan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oic.diwan.modularity.planted.PlantedApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The module boundaries of DESIGN.md hold: no cycle, no reaching into another module's
 * internals, and each module depends only on those its {@code package-info.java} allows.
 */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(DiwanApplication.class).verify();
    }

    @Test
    void theRuleBites() {
        // A little application made for this test, with a cycle and a dependency its module forbids.
        assertThatThrownBy(() -> ApplicationModules.of(PlantedApplication.class, location -> true).verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("depends on module 'payments'");
    }
}

package org.oic.diwan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oic.diwan.TestDataFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application exposes has its line in {@link RoutePolicies}: a controller that
 * adds one without a policy fails this test. And the test is not blind: with any one line
 * removed from the table, it finds the route that lost its policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteCoverageIntegrationTests {

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("diwan.data", () -> TestDataFolders.create("routes").toString());
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Exposed(String method, String pattern, String handler) {}

    private List<Exposed> exposed() {
        List<Exposed> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                    : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    routes.add(new Exposed(method, pattern, handler.toString()));
                }
            }
        });
        return routes;
    }

    private static List<Exposed> undeclared(List<Exposed> exposed, List<RoutePolicies.Route> table) {
        return exposed.stream().filter(e -> !RoutePolicies.declares(table, e.method(), e.pattern()))
                // an error controller answers every method; its GET is declared, the rest are answered as errors
                .filter(e -> !(e.pattern().equals("/error") && !e.method().equals("GET")))
                .toList();
    }

    @Test
    void everyRouteHasAPolicy() {
        List<Exposed> routes = exposed();
        assertThat(routes).hasSizeGreaterThan(10);
        assertThat(undeclared(routes, RoutePolicies.ROUTES)).as("routes without a line in RoutePolicies").isEmpty();
    }

    @Test
    void removingAnyPolicyIsNoticed() {
        List<Exposed> routes = exposed();
        for (RoutePolicies.Route removed : RoutePolicies.ROUTES) {
            boolean handled = routes.stream().anyMatch(e -> e.method().equals(removed.method()) && e.pattern().equals(removed.pattern()));
            if (!handled) {
                continue; // lines for static resources and actuator paths have no controller method
            }
            List<RoutePolicies.Route> broken = RoutePolicies.ROUTES.stream().filter(r -> r != removed).toList();
            assertThat(undeclared(routes, broken)).as("without %s %s", removed.method(), removed.pattern())
                    .extracting(Exposed::pattern).contains(removed.pattern());
        }
    }

    @Test
    void unknownRoutesAreRefused() {
        assertThat(RoutePolicies.actionOf("GET", "/api/secret-export")).isEmpty();
        assertThat(RoutePolicies.actionOf("DELETE", "/api/documents/1")).isEmpty();
    }
}

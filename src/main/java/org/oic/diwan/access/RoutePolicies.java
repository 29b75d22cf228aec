package org.oic.diwan.access;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route of the application and the action it performs, in one table. A request that
 * matches no line is refused, and a test fails when a controller declares a route that is not
 * here: no new door can be forgotten.
 */
public final class RoutePolicies {

    /** A route: HTTP method, path pattern as the controller writes it, action. */
    public record Route(String method, String pattern, Action action) {
        boolean matches(String requestMethod, String path) {
            return (method.equals("*") || method.equalsIgnoreCase(requestMethod))
                    && PATTERNS.computeIfAbsent(pattern, PathPatternParser.defaultInstance::parse).matches(PathContainer.parsePath(path));
        }
    }

    public static final List<Route> ROUTES = List.of(
            // pages
            new Route("GET", "/", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/documents", Action.LIST_DOCUMENTS),
            new Route("GET", "/documents/{id}", Action.READ_DOCUMENT),
            new Route("GET", "/documents/{id}/{lang:ar|en|fr}", Action.READ_DOCUMENT),
            new Route("GET", "/documents/{id}/compare", Action.READ_DOCUMENT),
            new Route("GET", "/search", Action.LIST_DOCUMENTS),
            new Route("GET", "/mandates", Action.READ_MANDATES),
            new Route("GET", "/reports/implementation", Action.READ_MANDATES),
            new Route("GET", "/mandates/{id}", Action.READ_MANDATES),
            new Route("POST", "/mandates/{id}/followups/{followUpId}", Action.UPDATE_FOLLOW_UP),
            new Route("GET", "/import", Action.IMPORT),
            new Route("POST", "/import", Action.IMPORT),
            new Route("GET", "/admin/people", Action.MANAGE_ACCOUNTS),
            new Route("POST", "/admin/people", Action.MANAGE_ACCOUNTS),
            new Route("GET", "/admin/people/{username}", Action.MANAGE_ACCOUNTS),
            new Route("POST", "/admin/people/{username}/enabled", Action.MANAGE_ACCOUNTS),
            new Route("POST", "/admin/people/{username}/roles", Action.MANAGE_ACCOUNTS),
            new Route("POST", "/admin/people/{username}/contact", Action.MANAGE_ACCOUNTS),
            new Route("GET", "/admin/organizations", Action.MANAGE_ACCOUNTS),
            new Route("GET", "/admin/tokens", Action.MANAGE_ACCOUNTS),
            new Route("POST", "/admin/tokens", Action.MANAGE_ACCOUNTS),
            new Route("POST", "/admin/tokens/{id}/revoke", Action.MANAGE_ACCOUNTS),
            new Route("GET", "/audit", Action.READ_AUDIT),
            new Route("GET", "/signin", Action.VIEW_PUBLIC_PAGE),
            new Route("POST", "/signin", Action.VIEW_PUBLIC_PAGE),
            new Route("POST", "/signout", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/signin/second-factor", Action.VIEW_PUBLIC_PAGE),
            new Route("POST", "/signin/second-factor", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/account/password", Action.MANAGE_OWN_ACCOUNT),
            new Route("POST", "/account/password", Action.MANAGE_OWN_ACCOUNT),
            new Route("GET", "/oauth2/authorization/{provider}", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/login/oauth2/code/{provider}", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/error", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/css/**", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/fonts/**", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/browse", Action.LIST_DOCUMENTS),
            new Route("GET", "/browse/{body}", Action.LIST_DOCUMENTS),
            new Route("GET", "/js/**", Action.VIEW_PUBLIC_PAGE),
            new Route("GET", "/favicon.ico", Action.VIEW_PUBLIC_PAGE),
            // the API
            new Route("GET", "/api/documents", Action.LIST_DOCUMENTS),
            new Route("GET", "/api/documents/{id}", Action.READ_DOCUMENT),
            new Route("GET", "/api/documents/{id}/versions/{lang}", Action.READ_DOCUMENT),
            new Route("GET", "/api/documents/{id}/versions/{lang}/original", Action.DOWNLOAD_ORIGINAL),
            new Route("GET", "/api/documents/{id}/structure", Action.READ_DOCUMENT),
            new Route("GET", "/api/documents/{id}/findings", Action.READ_DOCUMENT),
            new Route("GET", "/api/search", Action.LIST_DOCUMENTS),
            new Route("POST", "/api/imports", Action.IMPORT),
            new Route("GET", "/api/mandates", Action.READ_MANDATES),
            new Route("GET", "/api/reports/implementation", Action.READ_MANDATES),
            new Route("GET", "/api/mandates/repeated", Action.READ_MANDATES),
            new Route("GET", "/api/mandates/{id}", Action.READ_MANDATES),
            new Route("GET", "/api/mandates/{id}/followups", Action.READ_MANDATES),
            new Route("POST", "/api/mandates/{id}/followups", Action.UPDATE_FOLLOW_UP),
            new Route("GET", "/api/audit", Action.READ_AUDIT),
            // monitoring
            new Route("GET", "/actuator/health", Action.MONITOR),
            new Route("GET", "/actuator/health/**", Action.MONITOR));

    private static final java.util.Map<String, PathPattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private RoutePolicies() {}

    /** The action of a request, or empty when no route declares it (it is then refused). */
    public static Optional<Action> actionOf(String method, String path) {
        return ROUTES.stream().filter(r -> r.matches(method, path)).map(Route::action).findFirst();
    }

    /** Whether a route, as a controller declares it, has its line here. */
    public static boolean declares(String method, String pattern) {
        return declares(ROUTES, method, pattern);
    }

    /** Whether a route has its line in a table (the tests also check tables with a line removed). */
    public static boolean declares(List<Route> table, String method, String pattern) {
        return table.stream().anyMatch(r -> r.method().equalsIgnoreCase(method) && r.pattern().equals(pattern));
    }
}

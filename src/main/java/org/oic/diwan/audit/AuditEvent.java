package org.oic.diwan.audit;

import java.util.Map;

/**
 * What happened, as the caller tells it: who, from which organization, did what to what, with
 * which outcome, from which address; {@code detail} holds anything else worth keeping.
 *
 * @param outcome {@code ok}, {@code denied}, {@code failed}, or a word of the action's own
 */
public record AuditEvent(String actor, String organization, String action, String resource, String outcome, String address,
        Map<String, Object> detail) {

    public AuditEvent {
        if (actor == null || actor.isBlank() || action == null || action.isBlank() || outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an actor, an action and an outcome");
        }
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    public static AuditEvent of(String actor, String action, String resource, String outcome) {
        return new AuditEvent(actor, null, action, resource, outcome, null, Map.of());
    }
}

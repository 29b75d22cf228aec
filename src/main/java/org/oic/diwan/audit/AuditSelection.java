package org.oic.diwan.audit;

import java.time.Instant;

/**
 * The part of the trail an auditor looks at: each filter null when not applied. {@code action}
 * and {@code resource} are prefixes ({@code account.} selects every change of an account);
 * {@code since} is inclusive, {@code until} exclusive.
 */
public record AuditSelection(String actor, String action, String resource, String outcome, Instant since, Instant until) {

    public static final AuditSelection EVERYTHING = new AuditSelection(null, null, null, null, null, null);

    public AuditSelection {
        actor = blankToNull(actor);
        action = blankToNull(action);
        resource = blankToNull(resource);
        outcome = blankToNull(outcome);
    }

    /** Whether an entry is in the selection. */
    public boolean test(AuditEntry e) {
        return (actor == null || actor.equals(e.actor()))
                && (action == null || e.action().startsWith(action))
                && (resource == null || e.resource() != null && e.resource().startsWith(resource))
                && (outcome == null || outcome.equals(e.outcome()))
                && (since == null || !e.at().isBefore(since))
                && (until == null || e.at().isBefore(until));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

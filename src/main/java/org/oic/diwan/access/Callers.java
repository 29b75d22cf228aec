package org.oic.diwan.access;

import java.util.UUID;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.Classification;
import org.oic.diwan.registry.Documents;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The doors' side of the policy: who the current caller is, what they may see, and the audit
 * entry for each read of a version that is not public.
 */
@Component
public class Callers {

    private final AccessPolicy policy;
    private final Documents documents;
    private final AuditTrail audit;

    Callers(AccessPolicy policy, Documents documents, AuditTrail audit) {
        this.policy = policy;
        this.documents = documents;
        this.audit = audit;
    }

    /**
     * The subject of the current request: the signed-in person, a system's token, or the public;
     * outside any request (a command, the server's own work), the operator.
     */
    public Subject current() {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return Subject.OPERATOR;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof HasSubject signedIn) {
            return signedIn.subject();
        }
        if (authentication instanceof TokenAuthentication.TokenHolder token) {
            return token.subject();
        }
        return Subject.PUBLIC;
    }

    /** What the current caller may see. */
    public Admission admission() {
        return policy.admission(current());
    }

    /**
     * Records that the caller read a version (or downloaded its original) when it is not public;
     * reads of public versions are not worth a line each.
     */
    public void readVersion(UUID versionId, Action action) {
        documents.access(versionId).filter(a -> a.classification() != Classification.PUBLIC).ifPresent(a -> {
            Subject subject = current();
            audit.record(new AuditEvent(subject.name(), subject.organization(),
                    action == Action.DOWNLOAD_ORIGINAL ? "original.download" : "document.read", "version/" + versionId, "ok",
                    address(), java.util.Map.of("classification", a.classification().code())));
        });
    }

    /** The address the current request came from, or null outside a request. */
    public static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}

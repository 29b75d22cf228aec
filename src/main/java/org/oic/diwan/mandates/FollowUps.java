package org.oic.diwan.mandates;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.oic.diwan.access.AccessPolicy;
import org.oic.diwan.access.Decision;
import org.oic.diwan.access.Subject;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.AdmissionSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports progress on follow-ups: the access policy decides who may, the update and the audit
 * entry are written in one transaction, and a refused or invalid update changes nothing.
 */
@Service
public class FollowUps {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    FollowUps(JdbcClient jdbc, AccessPolicy policy, AuditTrail audit, PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
    }

    /** The follow-up (or its evidence) does not exist, or the subject may not see it: the same answer for both. */
    public static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** The subject may see the follow-up but not report on it. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Records an update, moves the follow-up to its status, and returns the update's id. A refusal
     * is recorded in the trail on its own, since the update's transaction is never begun.
     */
    public UUID update(UUID followUpId, FollowUpUpdate update, Subject subject, String address) {
        Admission admission = policy.admission(subject);
        String organization = visibleOrganization(followUpId, admission)
                .orElseThrow(() -> new NotFound("no follow-up " + followUpId));
        Decision decision = policy.decideFollowUp(subject, organization);
        if (!decision.permitted()) {
            audit.record(new AuditEvent(subject.name(), subject.organization(), "follow-up.update", "follow-up/" + followUpId, "denied",
                    address, Map.of("reason", decision.reason())));
            throw new Refused(decision.reason());
        }
        if (update.evidenceDocument() != null && !documentVisible(update.evidenceDocument(), admission)) {
            throw new NotFound("no document " + update.evidenceDocument());
        }
        return transactions.execute(status -> write(followUpId, update, subject, address, organization));
    }

    private UUID write(UUID followUpId, FollowUpUpdate update, Subject subject, String address, String organization) {
        UUID id = UUID.randomUUID();
        UUID person = subject.kind() == Subject.Kind.PERSON ? UUID.fromString(subject.id()) : null;
        jdbc.sql("""
                insert into follow_up_update (id, follow_up_id, person_id, actor, status, note, evidence_document_id)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, followUpId, person, subject.name(), update.status().label(), update.note(), update.evidenceDocument())
                .update();
        jdbc.sql("update follow_up set status = ?, updated_at = now(), focal_point_id = coalesce(?, focal_point_id) where id = ?")
                .params(update.status().label(), person, followUpId).update();
        Map<String, Object> detail = new HashMap<>();
        detail.put("status", update.status().label());
        detail.put("organization", organization);
        if (update.evidenceDocument() != null) {
            detail.put("evidence", "document/" + update.evidenceDocument());
        }
        audit.record(new AuditEvent(subject.name(), subject.organization(), "follow-up.update", "follow-up/" + followUpId, "ok",
                address, detail));
        return id;
    }

    /** The organization of a follow-up whose mandate the admission lets one see. */
    private java.util.Optional<String> visibleOrganization(UUID followUpId, Admission admission) {
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        params.put("id", followUpId);
        return jdbc.sql("""
                select f.organization_code from follow_up f join mandate m on m.id = f.mandate_id
                where f.id = :id and exists (select 1 from mandate_text t join version v on v.id = t.version_id
                    where t.mandate_id = m.id and """ + AdmissionSql.CONDITION + ")")
                .params(params).query(String.class).optional();
    }

    private boolean documentVisible(UUID documentId, Admission admission) {
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        params.put("id", documentId);
        return jdbc.sql("select exists (select 1 from version v where v.document_id = :id and " + AdmissionSql.CONDITION + ")")
                .params(params).query(Boolean.class).single();
    }
}

package org.oic.diwan.mandates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oic.diwan.access.Organizations;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.registry.CurrentVersion;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored mandates of a document in step with its current versions: reads them again,
 * updates the mandates found in the same place, adds new ones with a follow-up per responsible
 * organization, and marks the ones no longer found as not current (their follow-ups have history,
 * so they are kept). Links each mandate to the one of an earlier session it repeats.
 */
@Component
class MandateDerivation {

    private final Documents documents;
    private final JdbcClient jdbc;
    private final Fanout fanout;
    private final MandateReader reader;

    MandateDerivation(Documents documents, JdbcClient jdbc, Fanout fanout, Organizations organizations) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.fanout = fanout;
        this.reader = new MandateReader(Addressees.of(organizations.all()));
    }

    /** The document's body and the ordinal of the session that adopted it, when known. */
    private record Adoption(String body, Integer session) {}

    @Transactional
    public int derive(UUID documentId) {
        List<ReadDocument> versions = new ArrayList<>();
        for (CurrentVersion version : documents.currentVersions(documentId)) {
            versions.add(ResolutionReader.read(version.versionId().toString(), version.text(), version.language()));
        }
        Adoption adoption = jdbc.sql("""
                select d.body_code, s.ordinal from document d left join session s on s.id = d.session_id where d.id = ?
                """).param(documentId).query((rs, n) -> new Adoption(rs.getString(1), (Integer) rs.getObject(2))).optional()
                .orElse(new Adoption(null, null));
        Map<String, UUID> existing = new HashMap<>();
        jdbc.sql("select id, resolution_index, position from mandate where document_id = ?").param(documentId)
                .query(rs -> {
                    existing.put(rs.getInt(2) + "/" + rs.getInt(3), rs.getObject(1, UUID.class));
                });
        jdbc.sql("update mandate set current = false where document_id = ?").param(documentId).update();
        LinkedMandates.Reading reading = LinkedMandates.of(versions, reader);
        Set<String> keys = new LinkedHashSet<>();
        for (Mandate mandate : reading.mandates()) {
            UUID id = existing.get(mandate.resolution() + "/" + mandate.position());
            Integer session = adoption.session() != null ? adoption.session() : sessionOfKey(mandate.resolutionKey());
            Set<String> recalls = recalls(versions, mandate, session);
            if (id == null) {
                id = UUID.randomUUID();
                insert(id, documentId, mandate, adoption.body(), session, recalls);
            } else {
                update(id, mandate, adoption.body(), session, recalls);
            }
            texts(id, mandate);
            followUps(id, mandate, adoption.body());
            if (mandate.resolutionKey() != null) {
                keys.add(mandate.resolutionKey());
            }
        }
        link(documentId, keys);
        return reading.mandates().size();
    }

    private void insert(UUID id, UUID documentId, Mandate m, String body, Integer session, Set<String> recalls) {
        jdbc.sql("""
                insert into mandate (id, document_id, resolution_index, resolution_key, position, number, verb, strength, addressees,
                    actions, due_kind, due_session, due_date, body_code, session_ordinal, recalls, current)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as text[]), cast(? as text[]), ?, ?, ?, ?, ?, cast(? as text[]), true)
                """)
                .params(id, documentId, m.resolution(), m.resolutionKey(), m.position(), m.number(), m.verb(), strength(m),
                        array(m.addressees()), array(m.actions()), dueKind(m), dueSession(m), dueDate(m), body, session,
                        array(List.copyOf(recalls)))
                .update();
    }

    private void update(UUID id, Mandate m, String body, Integer session, Set<String> recalls) {
        jdbc.sql("""
                update mandate set resolution_key = ?, number = ?, verb = ?, strength = ?, addressees = cast(? as text[]), actions = cast(? as text[]), due_kind = ?,
                    due_session = ?, due_date = ?, body_code = ?, session_ordinal = ?, recalls = cast(? as text[]), current = true
                where id = ?
                """)
                .params(m.resolutionKey(), m.number(), m.verb(), strength(m), array(m.addressees()), array(m.actions()), dueKind(m),
                        dueSession(m), dueDate(m), body, session, array(List.copyOf(recalls)), id)
                .update();
    }

    private void texts(UUID id, Mandate m) {
        jdbc.sql("delete from mandate_text where mandate_id = ?").param(id).update();
        m.versions().forEach((language, p) -> jdbc.sql("""
                insert into mandate_text (mandate_id, language, version_id, text, start_offset, end_offset) values (?, ?, ?, ?, ?, ?)
                """)
                .params(id, language.code(), versionOf(m, language), p.text(), p.start(), p.end())
                .update());
    }

    /** One follow-up per responsible organization; those no longer addressed go unless they have updates. */
    private void followUps(UUID id, Mandate m, String body) {
        Map<String, String> responsible = fanout.responsible(m.addressees());
        String status = m.due() != null && m.due().kind() == Due.Kind.RECURRING ? FollowUpStatus.RECURRING.label()
                : FollowUpStatus.NOT_STARTED.label();
        java.time.LocalDate dueDate = resolvedDueDate(m, body);
        jdbc.sql("""
                delete from follow_up f where f.mandate_id = ? and not (f.organization_code = any(cast(? as text[])))
                  and not exists (select 1 from follow_up_update u where u.follow_up_id = f.id)
                """).params(id, array(List.copyOf(responsible.keySet()))).update();
        // one statement for all of them: a mandate to the member states has 57
        jdbc.sql("""
                insert into follow_up (id, mandate_id, organization_code, addressee, status, due_date)
                select gen_random_uuid(), ?, t.organization, t.addressee, ?, ?
                from unnest(cast(? as text[]), cast(? as text[])) as t(organization, addressee)
                on conflict (mandate_id, organization_code) do update set addressee = excluded.addressee, due_date = excluded.due_date
                """)
                .params(id, status, dueDate, array(List.copyOf(responsible.keySet())), array(List.copyOf(responsible.values())))
                .update();
    }

    /** A session's due date is its opening day, once Diwan knows it; a date is itself. */
    private java.time.LocalDate resolvedDueDate(Mandate m, String body) {
        if (m.due() == null) {
            return null;
        }
        return switch (m.due().kind()) {
            case DATE -> m.due().date();
            case RECURRING -> null;
            case SESSION -> body == null ? null : jdbc.sql("""
                    select starts_on from session where body_code = ? and ordinal = ? and not extraordinary
                    """).params(body, m.due().session()).query(java.time.LocalDate.class).optional().orElse(null);
        };
    }

    /**
     * Links the document's mandates to the ones they repeat, and the mandates of later documents
     * that recall this document's resolutions to this document's: whichever arrived first.
     */
    private void link(UUID documentId, Set<String> keys) {
        String previous = """
                update mandate m set previous_id = (
                    select p.id from mandate p
                    where p.current and p.id <> m.id and p.body_code is not distinct from m.body_code
                      and p.resolution_key = any(m.recalls) and p.addressees && m.addressees
                      and (p.actions && m.actions or (cardinality(p.actions) = 0 and cardinality(m.actions) = 0))
                      and p.session_ordinal < m.session_ordinal
                    order by p.session_ordinal desc,
                      cardinality(array(select unnest(p.actions) intersect select unnest(m.actions))) desc, p.position
                    limit 1)
                """;
        jdbc.sql(previous + " where m.document_id = ?").param(documentId).update();
        if (!keys.isEmpty()) {
            // two statements, not one with "or": each finds its rows through an index
            jdbc.sql(previous + " where m.recalls && cast(? as text[]) and m.document_id <> ?")
                    .params(array(List.copyOf(keys)), documentId).update();
        }
    }

    private static Set<String> recalls(List<ReadDocument> versions, Mandate m, Integer session) {
        Set<String> keys = new LinkedHashSet<>();
        for (ReadDocument version : versions) {
            if (m.resolution() < version.resolutions().size()) {
                keys.addAll(RecalledResolutions.in(version.resolutions().get(m.resolution()), version.language(), session));
            }
        }
        return keys;
    }

    private static Integer sessionOfKey(String key) {
        if (key == null || key.indexOf('/') < 0) {
            return null;
        }
        try {
            return Integer.parseInt(key.substring(0, key.indexOf('/')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID versionOf(Mandate m, Language language) {
        return UUID.fromString(m.versions().get(language).file());
    }

    private static String strength(Mandate m) {
        return m.strength().name().toLowerCase(Locale.ROOT);
    }

    private static String dueKind(Mandate m) {
        return m.due() == null ? null : m.due().kind().name().toLowerCase(Locale.ROOT);
    }

    private static Integer dueSession(Mandate m) {
        return m.due() == null ? null : m.due().session();
    }

    private static java.time.LocalDate dueDate(Mandate m) {
        return m.due() == null ? null : m.due().date();
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}

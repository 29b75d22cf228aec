package org.oic.diwan.mandates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.AdmissionSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The stored mandates as their readers see them: only mandates read from a version the reader may
 * read, with their follow-ups, their history, and the lines repeated session after session.
 */
@Service
public class Mandates {

    /** A follow-up still open after its due date, or after its due session has met. */
    static final String OVERDUE = """
            (f.status in ('not-started', 'in-progress') and (f.due_date < current_date or (m.due_kind = 'session' and exists (
                select 1 from session s where s.body_code = m.body_code and s.ordinal >= m.due_session and not s.extraordinary
                and (s.starts_on is null or s.starts_on <= current_date)))))
            """;
    private static final String VISIBLE = " " + """
            exists (select 1 from mandate_text t join version v on v.id = t.version_id where t.mandate_id = m.id and
            """ + AdmissionSql.CONDITION + ")";
    private static final String SUMMARY = """
            select m.id, m.document_id, d.symbol, m.resolution_key, m.resolution_index, m.number, m.position, m.verb, m.strength, m.addressees, m.actions,
                   m.due_kind, m.due_session, m.due_date, m.body_code, m.session_ordinal, m.previous_id,
                   (select min(f.due_date) from follow_up f where f.mandate_id = m.id and f.status in ('not-started', 'in-progress')) as next_due,
                   (select string_agg(f.status || '=' || n, ',') from (select f.status, count(*) n from follow_up f
                        where f.mandate_id = m.id group by f.status) f) as counts,
                   (select count(*) from follow_up f where f.mandate_id = m.id and """ + OVERDUE + """
                   ) as overdue
            from mandate m join document d on d.id = m.document_id
            """;

    private final JdbcClient jdbc;

    Mandates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether a mandate is late, judged on the mandate alone (its due passed, a follow-up still
     * open): cheap enough to order a whole registry by, where counting each one's overdue
     * follow-ups is not.
     */
    static final String LATE = """
            (((m.due_kind = 'date' and m.due_date < current_date) or (m.due_kind = 'session' and exists (
                select 1 from session s where s.body_code = m.body_code and s.ordinal >= m.due_session and not s.extraordinary
                and (s.starts_on is null or s.starts_on <= current_date))))
             and exists (select 1 from follow_up f where f.mandate_id = m.id and f.status in ('not-started', 'in-progress')))
            """;

    /**
     * The mandates the admission lets one see, late ones first, then by session and place in the
     * text. The page is chosen first, on the mandates alone; only its rows have their follow-ups
     * counted.
     */
    public List<MandateSummary> list(MandateQuery query, Admission admission) {
        StringBuilder page = new StringBuilder("select m.id, ").append(LATE).append(" as late from mandate m join document d on d.id = m.document_id")
                .append(" where m.current and ").append(VISIBLE);
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        if (query.addressee() != null) {
            page.append(" and (:addressee = any(m.addressees) or exists (select 1 from follow_up f where f.mandate_id = m.id and f.organization_code = :addressee))");
            params.put("addressee", query.addressee());
        }
        if (query.status() != null) {
            page.append(" and exists (select 1 from follow_up f where f.mandate_id = m.id and f.status = :status)");
            params.put("status", query.status().label());
        }
        if (query.body() != null) {
            page.append(" and m.body_code = :body");
            params.put("body", query.body());
        }
        if (query.session() != null) {
            page.append(" and m.session_ordinal = :session");
            params.put("session", query.session());
        }
        if (query.overdue()) {
            page.append(" and ").append(LATE);
        }
        page.append(" order by late desc, m.session_ordinal desc nulls last, d.symbol, m.resolution_index, m.position")
                .append(" limit :limit offset :offset");
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        String sql = "with chosen as (" + page + ") " + SUMMARY
                + " join chosen c on c.id = m.id order by c.late desc, m.session_ordinal desc nulls last, d.symbol, m.resolution_index, m.position";
        return jdbc.sql(sql).params(params).query(Mandates::summary).list();
    }

    public Optional<MandateDetail> find(UUID id, Admission admission) {
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        params.put("id", id);
        Optional<MandateSummary> summary = jdbc.sql(SUMMARY + " where m.id = :id and " + VISIBLE).params(params)
                .query(Mandates::summary).optional();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select language, text from mandate_text where mandate_id = ? order by language").param(id)
                .query(rs -> {
                    texts.put(rs.getString(1), rs.getString(2));
                });
        return Optional.of(new MandateDetail(summary.get(), texts, followUps(id), history(id, admission)));
    }

    /** The follow-ups of a mandate, overdue first, then by organization. */
    public List<FollowUp> followUps(UUID mandateId) {
        Map<UUID, List<FollowUp.Update>> updates = new HashMap<>();
        jdbc.sql("""
                select u.id, u.follow_up_id, u.at, u.actor, u.status, u.note, u.evidence_document_id, d.symbol, u.evidence_sha256,
                       u.evidence_file_name
                from follow_up_update u join follow_up f on f.id = u.follow_up_id left join document d on d.id = u.evidence_document_id
                where f.mandate_id = ? order by u.at desc
                """).param(mandateId).query(rs -> {
                    updates.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new FollowUp.Update(
                            rs.getObject(1, UUID.class), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                            FollowUpStatus.ofLabel(rs.getString(5)), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                });
        return jdbc.sql("""
                select f.id, f.mandate_id, f.organization_code, o.name_en, f.addressee, f.status, f.due_date, f.updated_at,
                       """ + OVERDUE + """
                        as overdue
                from follow_up f join mandate m on m.id = f.mandate_id join organization o on o.code = f.organization_code
                where f.mandate_id = ?
                order by overdue desc, o.kind, o.name_en
                """).param(mandateId)
                .query((rs, n) -> new FollowUp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), FollowUpStatus.ofLabel(rs.getString(6)), rs.getObject(7, LocalDate.class),
                        rs.getBoolean(9), rs.getObject(8, OffsetDateTime.class),
                        updates.getOrDefault(rs.getObject(1, UUID.class), List.of())))
                .list();
    }

    /** The line a mandate belongs to: the mandates it repeats and those that repeat it, oldest first. */
    public List<MandateSummary> history(UUID id, Admission admission) {
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        params.put("id", id);
        return jdbc.sql("""
                with recursive earlier(id) as (
                    select previous_id from mandate where id = :id and previous_id is not null
                    union select m.previous_id from mandate m join earlier e on m.id = e.id where m.previous_id is not null),
                later(id) as (
                    select id from mandate where previous_id = :id
                    union select m.id from mandate m join later l on m.previous_id = l.id)
                """ + SUMMARY + """
                 where (m.id in (select id from earlier) or m.id in (select id from later) or m.id = :id) and """ + VISIBLE + """
                 order by m.session_ordinal, m.position
                """).params(params).query(Mandates::summary).list();
    }

    /**
     * Mandates repeated in at least {@code sessions} sessions with no follow-up done anywhere along
     * their line: the latest of each line, with the length of its line.
     */
    public List<RepeatedMandate> repeated(int sessions, Admission admission) {
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        params.put("sessions", sessions);
        return jdbc.sql("""
                with recursive line(head, id, depth, sessions) as (
                    select m.id, m.id, 1, array[m.session_ordinal] from mandate m
                    where m.current and m.previous_id is not null
                      and not exists (select 1 from mandate n where n.previous_id = m.id and n.current)
                    union all
                    select l.head, m.previous_id, l.depth + 1, l.sessions || p.session_ordinal
                    from line l join mandate m on m.id = l.id join mandate p on p.id = m.previous_id where l.depth < 50)
                select head, count(distinct s) as sessions from (select head, unnest(sessions) s from line) x
                group by head
                having count(distinct s) >= :sessions
                   and not exists (select 1 from line l2 join follow_up f on f.mandate_id = l2.id
                                   where l2.head = x.head and f.status = 'done')
                """).params(params)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)}).list().stream()
                .map(row -> find((UUID) row[0], admission).map(d -> new RepeatedMandate(d.summary(), (Integer) row[1], d.history())))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A mandate repeated session after session with nothing done: its latest form and its line. */
    public record RepeatedMandate(MandateSummary latest, int sessions, List<MandateSummary> line) {}

    static MandateSummary summary(ResultSet rs, int row) throws SQLException {
        Map<FollowUpStatus, Integer> counts = new EnumMap<>(FollowUpStatus.class);
        String encoded = rs.getString("counts");
        if (encoded != null) {
            for (String part : encoded.split(",")) {
                String[] kv = part.split("=");
                counts.put(FollowUpStatus.ofLabel(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        String dueKind = rs.getString("due_kind");
        String due = dueKind == null ? null : switch (dueKind) {
            case "session" -> "session:" + rs.getInt("due_session");
            case "date" -> "date:" + rs.getObject("due_date", LocalDate.class);
            default -> "annually";
        };
        String number = rs.getString("number");
        return new MandateSummary(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class), rs.getString("symbol"),
                rs.getString("resolution_key"), number != null ? number : String.valueOf(rs.getInt("position")), rs.getString("verb"),
                rs.getString("strength"), strings(rs, "addressees"), strings(rs, "actions"), due, rs.getObject("next_due", LocalDate.class),
                rs.getString("body_code"), (Integer) rs.getObject("session_ordinal"), counts, rs.getInt("overdue"),
                MandateSummary.overall(counts), rs.getObject("previous_id", UUID.class));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

package org.oic.diwan.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The bodies and their sessions, for browsing: only those with a document the reader may read,
 * with how many they may read.
 */
@Service
public class Sessions {

    /** A body with what the reader may read of it. */
    public record BodySummary(String code, String nameEn, String nameFr, String nameAr, int sessions, int documents) {

        public String name(String language) {
            return switch (language) {
                case "ar" -> nameAr;
                case "fr" -> nameFr;
                default -> nameEn;
            };
        }
    }

    /** A session with the number of its documents the reader may read. */
    public record SessionSummary(String body, int ordinal, boolean extraordinary, Integer year, String place, LocalDate startsOn,
            LocalDate endsOn, String hijriStartsOn, String hijriEndsOn, int documents) {}

    private static final String VISIBLE_DOCUMENT = " exists (select 1 from version v where v.document_id = d.id and "
            + AdmissionSql.CONDITION + ") ";

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BodySummary> bodies(Admission admission) {
        return jdbc.sql("""
                select b.code, b.name_en, b.name_fr, b.name_ar, count(distinct d.session_id) as sessions, count(distinct d.id) as documents
                from body b join document d on d.body_code = b.code
                where """ + VISIBLE_DOCUMENT + """
                 group by b.code, b.name_en, b.name_fr, b.name_ar order by count(distinct d.id) desc, b.code
                """).params(AdmissionSql.parameters(admission))
                .query((rs, n) -> new BodySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    /** A body's sessions, latest first (or every body's when body is null), at most limit. */
    public List<SessionSummary> sessions(String body, Admission admission, int limit) {
        Map<String, Object> params = new HashMap<>(AdmissionSql.parameters(admission));
        params.put("body", body == null ? "" : body);
        params.put("limit", limit);
        return jdbc.sql("""
                select s.body_code, s.ordinal, s.extraordinary, s.year, s.place, s.starts_on, s.ends_on, s.hijri_starts_on,
                       s.hijri_ends_on, count(d.id) as documents
                from session s join document d on d.session_id = s.id
                where (:body = '' or s.body_code = :body) and """ + VISIBLE_DOCUMENT + """
                 group by s.id order by coalesce(s.starts_on, make_date(coalesce(s.year, 1900), 1, 1)) desc, s.ordinal desc
                limit :limit
                """).params(params)
                .query((rs, n) -> new SessionSummary(rs.getString(1), rs.getInt(2), rs.getBoolean(3), (Integer) rs.getObject(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getString(9), rs.getInt(10)))
                .list();
    }
}

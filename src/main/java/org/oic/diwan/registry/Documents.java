package org.oic.diwan.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oic.diwan.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the registry: lists documents, and gives a document, its versions and their texts. */
@Service
public class Documents {

    private static final String VERSION_COLUMNS = """
            v.id as version_id, v.language, v.revision, v.file_name, o.media_type, v.original_sha256, o.size_bytes, v.symbol_printed,
            v.extraction_suspect, v.suspect_reason, v.imported_at
            """;

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the documents the caller may see (one version at least), newest registration first. */
    public DocumentPage list(DocumentQuery query, Admission admission) {
        String admitted = "exists (select 1 from version v where v.document_id = d.id and " + AdmissionSql.CONDITION + ")";
        String filter = """
                where (cast(:lang as text) is null
                       or exists (select 1 from version v where v.document_id = d.id and v.language = :lang and %s))
                  and (cast(:body as text) is null or d.body_code = :body)
                  and (cast(:session as integer) is null or s.ordinal = :session)
                  and %s
                """.formatted(AdmissionSql.CONDITION, admitted);
        String language = query.language() == null ? null : query.language().code();
        Map<String, Object> params = new java.util.HashMap<>(AdmissionSql.parameters(admission));
        params.put("lang", language);
        params.put("body", query.bodyCode());
        params.put("session", query.sessionOrdinal());
        params.put("size", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<DocumentSummary> items = jdbc.sql("""
                select d.id, d.symbol, d.kind, d.body_code, s.ordinal, d.year, d.registered_at,
                       array(select distinct v.language from version v where v.document_id = d.id and %s order by 1) as languages,
                       (select v.file_name from version v where v.document_id = d.id and %s
                        order by v.imported_at, v.language limit 1) as first_file
                from document d left join session s on s.id = d.session_id
                """.formatted(AdmissionSql.CONDITION, AdmissionSql.CONDITION) + filter + """
                order by d.registered_at desc, d.id
                limit :size offset :offset
                """)
                .params(params)
                .query((rs, n) -> summary(rs))
                .list();
        long total = jdbc.sql("select count(*) from document d left join session s on s.id = d.session_id " + filter)
                .params(params)
                .query(Long.class)
                .single();
        return new DocumentPage(items, query.page(), query.size(), total);
    }

    /** A document with the versions the caller may see; empty when it may see none (or there is no such document). */
    public Optional<DocumentDetail> find(UUID id, Admission admission) {
        Optional<DocumentDetail> found = find(id);
        if (found.isEmpty() || admission.everything()) {
            return found;
        }
        List<VersionSummary> admitted = versionsOf(id, admission);
        if (admitted.isEmpty()) {
            return Optional.empty();
        }
        DocumentDetail d = found.get();
        return Optional.of(new DocumentDetail(d.id(), d.symbol(), d.symbolKey(), d.kind(), d.body(), d.session(), d.year(),
                d.registeredAt(), admitted));
    }

    /** A document with all its versions, whoever may see them: for the application's own work. */
    public Optional<DocumentDetail> find(UUID id) {
        return jdbc.sql("""
                select d.id, d.symbol, d.symbol_key, d.kind, d.year, d.registered_at,
                       b.code, b.name_en, b.name_fr, b.name_ar,
                       s.id as session_id, s.ordinal, s.extraordinary, s.year as session_year, s.place
                from document d
                left join body b on b.code = d.body_code
                left join session s on s.id = d.session_id
                where d.id = ?
                """)
                .param(id)
                .query((rs, n) -> new DocumentDetail(
                        rs.getObject("id", UUID.class),
                        rs.getString("symbol"),
                        rs.getString("symbol_key"),
                        rs.getString("kind"),
                        rs.getString("code") == null
                                ? null
                                : new DocumentDetail.Body(rs.getString("code"), rs.getString("name_en"),
                                        rs.getString("name_fr"), rs.getString("name_ar")),
                        rs.getObject("session_id") == null
                                ? null
                                : new DocumentDetail.Session(rs.getObject("session_id", UUID.class),
                                        rs.getInt("ordinal"), rs.getBoolean("extraordinary"),
                                        (Integer) rs.getObject("session_year"), rs.getString("place")),
                        (Integer) rs.getObject("year"),
                        instant(rs, "registered_at"),
                        versionsOf(id)))
                .optional();
    }

    /** The text of a language version the caller may see: its latest revision, or the one asked for. */
    public Optional<VersionText> text(UUID documentId, Language language, Integer revision, Admission admission) {
        Map<String, Object> params = new java.util.HashMap<>(AdmissionSql.parameters(admission));
        params.put("document", documentId);
        params.put("lang", language.code());
        params.put("revision", revision);
        return jdbc.sql("select d.symbol, v.text, " + VERSION_COLUMNS + """
                from version v
                join document d on d.id = v.document_id
                join original o on o.sha256 = v.original_sha256
                where v.document_id = :document and v.language = :lang
                  and (cast(:revision as integer) is null or v.revision = :revision) and
                """ + AdmissionSql.CONDITION + """
                order by v.revision desc
                limit 1
                """)
                .params(params)
                .query((rs, n) -> new VersionText(documentId, rs.getString("symbol"), version(rs), rs.getString("text")))
                .optional();
    }

    /** The description of a language version the caller may see (latest revision, or the one asked for), without its text. */
    public Optional<VersionSummary> version(UUID documentId, Language language, Integer revision, Admission admission) {
        Map<String, Object> params = new java.util.HashMap<>(AdmissionSql.parameters(admission));
        params.put("document", documentId);
        params.put("lang", language.code());
        params.put("revision", revision);
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from version v join original o on o.sha256 = v.original_sha256
                where v.document_id = :document and v.language = :lang
                  and (cast(:revision as integer) is null or v.revision = :revision) and
                """ + AdmissionSql.CONDITION + """
                order by v.revision desc
                limit 1
                """)
                .params(params)
                .query((rs, n) -> version(rs))
                .optional();
    }

    /** The latest revision of each language version of a document, with its text. */
    public List<CurrentVersion> currentVersions(UUID documentId) {
        return jdbc.sql("""
                select distinct on (language) id, language, file_name, text
                from version where document_id = ?
                order by language, revision desc
                """)
                .param(documentId)
                .query((rs, n) -> new CurrentVersion(rs.getObject("id", UUID.class),
                        Language.ofCode(rs.getString("language")).orElseThrow(), rs.getString("file_name"), rs.getString("text")))
                .list();
    }

    /** The paragraphs read from a version, in order; together they cover its text. */
    public List<StoredParagraph> paragraphs(UUID versionId) {
        return jdbc.sql("""
                select p.position, coalesce(r.position, -1) as resolution, p.kind, p.number, p.text, p.start_offset,
                       p.end_offset, p.operative_verb, p.verb_strength, p.heading
                from paragraph p left join resolution r on r.id = p.resolution_id
                where p.version_id = ?
                order by p.position
                """)
                .param(versionId)
                .query((rs, n) -> new StoredParagraph(rs.getInt("position"), rs.getInt("resolution"), rs.getString("kind"),
                        rs.getString("number"), rs.getString("text"), rs.getInt("start_offset"), rs.getInt("end_offset"),
                        rs.getString("operative_verb"), rs.getString("verb_strength"), rs.getString("heading")))
                .list();
    }

    /** The resolutions read from a version, in order. */
    public List<StoredResolution> resolutions(UUID versionId) {
        return jdbc.sql("select position, number, number_key, title from resolution where version_id = ? order by position")
                .param(versionId)
                .query((rs, n) -> new StoredResolution(rs.getInt("position"), rs.getString("number"),
                        rs.getString("number_key"), rs.getString("title")))
                .list();
    }

    /** Versions read by another edition of the reader than this one, with their documents. */
    public List<StaleReading> readBefore(String edition, int limit) {
        return jdbc.sql("""
                select id, document_id, language, file_name, text from version
                where read_edition is distinct from ?
                limit ?
                """)
                .params(edition, limit)
                .query((rs, n) -> new StaleReading(rs.getObject("document_id", UUID.class), new CurrentVersion(
                        rs.getObject("id", UUID.class), Language.ofCode(rs.getString("language")).orElseThrow(),
                        rs.getString("file_name"), rs.getString("text"))))
                .list();
    }

    /** A version to read again, and its document. */
    public record StaleReading(UUID documentId, CurrentVersion version) {}

    /** How many documents and versions the registry holds. */
    public long countDocuments() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    private List<VersionSummary> versionsOf(UUID documentId, Admission admission) {
        Map<String, Object> params = new java.util.HashMap<>(AdmissionSql.parameters(admission));
        params.put("document", documentId);
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from version v join original o on o.sha256 = v.original_sha256
                where v.document_id = :document and
                """ + AdmissionSql.CONDITION + """
                order by v.language, v.revision desc
                """)
                .params(params)
                .query((rs, n) -> version(rs))
                .list();
    }

    /** What the access policy needs to know of a version. */
    public Optional<Admission.VersionAccess> access(UUID versionId) {
        return jdbc.sql("""
                select v.classification, v.embargoed,
                       array(select r.organization_code from version_reader r where r.version_id = v.id and r.organization_code is not null) as orgs,
                       array(select cast(r.person_id as text) from version_reader r where r.version_id = v.id and r.person_id is not null) as persons
                from version v where v.id = ?
                """)
                .param(versionId)
                .query((rs, n) -> new Admission.VersionAccess(
                        Classification.ofCode(rs.getString("classification")).orElse(Classification.DEFAULT),
                        rs.getBoolean("embargoed"),
                        java.util.Set.of((String[]) rs.getArray("orgs").getArray()),
                        java.util.Set.of((String[]) rs.getArray("persons").getArray())))
                .optional();
    }

    private List<VersionSummary> versionsOf(UUID documentId) {
        return jdbc.sql("select " + VERSION_COLUMNS + """
                from version v join original o on o.sha256 = v.original_sha256
                where v.document_id = ?
                order by v.language, v.revision desc
                """)
                .param(documentId)
                .query((rs, n) -> version(rs))
                .list();
    }

    private static VersionSummary version(ResultSet rs) throws SQLException {
        return new VersionSummary(
                rs.getObject("version_id", UUID.class),
                rs.getString("language"),
                rs.getInt("revision"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getString("original_sha256"),
                rs.getLong("size_bytes"),
                rs.getString("symbol_printed"),
                rs.getBoolean("extraction_suspect"),
                rs.getString("suspect_reason"),
                instant(rs, "imported_at"));
    }

    private static DocumentSummary summary(ResultSet rs) throws SQLException {
        String symbol = rs.getString("symbol");
        return new DocumentSummary(
                rs.getObject("id", UUID.class),
                symbol,
                symbol != null ? symbol : rs.getString("first_file"),
                rs.getString("kind"),
                rs.getString("body_code"),
                (Integer) rs.getObject("ordinal"),
                (Integer) rs.getObject("year"),
                languages(rs.getArray("languages")),
                instant(rs, "registered_at"));
    }

    private static List<String> languages(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}

package org.oic.diwan.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads documents whole, many at a time, in four queries per batch whatever its size: derived
 * views are rebuilt from the registry and must not ask once per paragraph.
 */
@Service
public class DocumentContents {

    private final JdbcClient jdbc;

    DocumentContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every document id, in a stable order; run inside the caller's snapshot for a consistent whole. */
    public List<UUID> allIds() {
        return jdbc.sql("select id from document order by id").query(UUID.class).list();
    }

    /** The documents asked for that exist (with at least one version), in the order asked. */
    public List<DocumentContent> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, List<DocumentContent.Version>> versionsOf = new HashMap<>();
        Map<UUID, VersionRow> versions = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (v.document_id, v.language)
                       v.id, v.document_id, v.language, v.revision, v.file_name, v.symbol_printed, v.classification,
                       v.extraction_suspect, v.embargoed,
                       array(select r.organization_code from version_reader r where r.version_id = v.id and r.organization_code is not null) as orgs,
                       array(select cast(r.person_id as text) from version_reader r where r.version_id = v.id and r.person_id is not null) as persons
                from version v where v.document_id = any(?)
                order by v.document_id, v.language, v.revision desc
                """).param(array).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    versions.put(id, new VersionRow(rs));
                });
        Map<UUID, List<StoredResolution>> resolutions = new HashMap<>();
        Map<UUID, List<StoredParagraph>> paragraphs = new HashMap<>();
        if (!versions.isEmpty()) {
            UUID[] versionIds = versions.keySet().toArray(UUID[]::new);
            jdbc.sql("select version_id, position, number, number_key, title from resolution where version_id = any(?) order by version_id, position")
                    .param(versionIds)
                    .query((ResultSet rs) -> {
                        resolutions.computeIfAbsent(rs.getObject("version_id", UUID.class), k -> new ArrayList<>())
                                .add(new StoredResolution(rs.getInt("position"), rs.getString("number"),
                                        rs.getString("number_key"), rs.getString("title")));
                    });
            jdbc.sql("""
                    select p.version_id, p.position, coalesce(r.position, -1) as resolution, p.kind, p.number, p.text,
                           p.start_offset, p.end_offset, p.operative_verb, p.verb_strength, p.heading
                    from paragraph p left join resolution r on r.id = p.resolution_id
                    where p.version_id = any(?) order by p.version_id, p.position
                    """).param(versionIds).query((ResultSet rs) -> {
                        paragraphs.computeIfAbsent(rs.getObject("version_id", UUID.class), k -> new ArrayList<>())
                                .add(new StoredParagraph(rs.getInt("position"), rs.getInt("resolution"), rs.getString("kind"),
                                        rs.getString("number"), rs.getString("text"), rs.getInt("start_offset"),
                                        rs.getInt("end_offset"), rs.getString("operative_verb"), rs.getString("verb_strength"),
                                        rs.getString("heading")));
                    });
        }
        versions.forEach((id, row) -> versionsOf.computeIfAbsent(row.documentId, k -> new ArrayList<>())
                .add(new DocumentContent.Version(id, row.language, row.revision, row.fileName, row.symbolPrinted,
                        Classification.ofCode(row.classification).orElse(Classification.DEFAULT), row.embargoed,
                        row.orgs, row.persons, row.suspect,
                        resolutions.getOrDefault(id, List.of()), paragraphs.getOrDefault(id, List.of()))));
        Map<UUID, DocumentContent> documents = new HashMap<>();
        jdbc.sql("""
                select d.id, d.symbol_key, d.symbol, d.kind, d.body_code, s.ordinal, coalesce(s.extraordinary, false) as extraordinary,
                       coalesce(d.year, s.year) as year, s.starts_on, s.hijri_starts_on
                from document d left join session s on s.id = d.session_id
                where d.id = any(?)
                """).param(array).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<DocumentContent.Version> its = versionsOf.get(id);
                    if (its != null) {
                        documents.put(id, new DocumentContent(id, rs.getString("symbol_key"), rs.getString("symbol"),
                                rs.getString("kind"), rs.getString("body_code"), (Integer) rs.getObject("ordinal"),
                                rs.getBoolean("extraordinary"), (Integer) rs.getObject("year"),
                                rs.getObject("starts_on", java.time.LocalDate.class), rs.getString("hijri_starts_on"),
                                List.copyOf(its)));
                    }
                });
        List<DocumentContent> ordered = new ArrayList<>(documents.size());
        for (UUID id : ids) {
            DocumentContent content = documents.get(id);
            if (content != null) {
                ordered.add(content);
            }
        }
        return ordered;
    }

    private static final class VersionRow {
        final UUID documentId;
        final String language;
        final int revision;
        final String fileName;
        final String symbolPrinted;
        final String classification;
        final boolean suspect;
        final boolean embargoed;
        final java.util.Set<String> orgs;
        final java.util.Set<String> persons;

        VersionRow(ResultSet rs) throws SQLException {
            embargoed = rs.getBoolean("embargoed");
            orgs = java.util.Set.of((String[]) rs.getArray("orgs").getArray());
            persons = java.util.Set.of((String[]) rs.getArray("persons").getArray());
            documentId = rs.getObject("document_id", UUID.class);
            language = rs.getString("language");
            revision = rs.getInt("revision");
            fileName = rs.getString("file_name");
            symbolPrinted = rs.getString("symbol_printed");
            classification = rs.getString("classification");
            suspect = rs.getBoolean("extraction_suspect");
        }
    }
}

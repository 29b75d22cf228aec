package org.oic.diwan.consistency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.registry.CurrentVersion;
import org.oic.diwan.registry.Documents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored findings of each document: derived from its versions' texts, recomputed whenever a
 * version joins it, and at any time from scratch. Locations name versions by their id.
 */
@Service
public class DocumentFindings {

    private final Documents documents;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentFindings(Documents documents, JdbcClient jdbc, JsonMapper json) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Reads the current versions of a document again and replaces its findings. */
    @Transactional
    public List<Finding> recompute(UUID documentId) {
        List<ReadDocument> versions = new ArrayList<>();
        for (CurrentVersion version : documents.currentVersions(documentId)) {
            versions.add(ResolutionReader.read(version.versionId().toString(), version.text(), version.language()));
        }
        List<Finding> findings = Findings.of(versions);
        jdbc.sql("delete from finding where document_id = ?").param(documentId).update();
        for (Finding finding : findings) {
            jdbc.sql("""
                    insert into finding (id, document_id, kind, severity, message_en, message_fr, message_ar, locations)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                    """)
                    .params(UUID.randomUUID(), documentId, finding.kind(), finding.severity().label(), finding.message().en(),
                            finding.message().fr(), finding.message().ar(), json.writeValueAsString(locations(finding)))
                    .update();
        }
        jdbc.sql("""
                insert into finding_run (document_id, computed_at, reader) values (?, now(), ?)
                on conflict (document_id) do update set computed_at = excluded.computed_at, reader = excluded.reader
                """)
                .params(documentId, ResolutionReader.EDITION)
                .update();
        return findings;
    }

    /** The stored findings of a document, errors first. */
    public List<StoredFinding> of(UUID documentId) {
        return jdbc.sql("""
                select kind, severity, message_en, message_fr, message_ar, locations::text, found_at from finding
                where document_id = ?
                order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, kind
                """)
                .param(documentId)
                .query((rs, n) -> new StoredFinding(rs.getString("kind"), rs.getString("severity"),
                        new Message(rs.getString("message_en"), rs.getString("message_fr"), rs.getString("message_ar")),
                        List.of(json.readValue(rs.getString("locations"), StoredLocation[].class)),
                        rs.getObject("found_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The findings of a document as a caller sees it: those whose every location lies in a version
     * of {@code document} (the versions the caller may see); a finding about a version they may
     * not see would tell them of it.
     */
    public List<StoredFinding> about(org.oic.diwan.registry.DocumentDetail document) {
        java.util.Set<String> visible = new java.util.HashSet<>();
        document.versions().forEach(v -> visible.add(v.versionId().toString()));
        return of(document.id()).stream()
                .filter(f -> f.locations().stream().allMatch(l -> visible.contains(l.versionId())))
                .toList();
    }

    /** Documents whose findings are missing, older than their newest version, or from another edition of the reader. */
    public List<UUID> stale(int limit) {
        return jdbc.sql("""
                select d.id from document d
                left join finding_run r on r.document_id = d.id
                where r.computed_at is null
                   or r.reader <> ?
                   or r.computed_at < (select max(v.imported_at) from version v where v.document_id = d.id)
                limit ?
                """)
                .params(ResolutionReader.EDITION, limit)
                .query(UUID.class)
                .list();
    }

    private static List<Map<String, Object>> locations(Finding finding) {
        return finding.locations().stream()
                .map(l -> Map.<String, Object>of("versionId", l.file(), "language", l.language(), "paragraph", l.paragraph(),
                        "start", l.start(), "end", l.end()))
                .toList();
    }

    /** A finding as stored. */
    public record StoredFinding(String kind, String severity, Message message, List<StoredLocation> locations,
            Instant foundAt) {}

    /** Where a stored finding stands: a version, a paragraph, a character range of its text. */
    public record StoredLocation(String versionId, String language, String paragraph, int start, int end) {

        /** The kind of paragraph ("operative" of "operative 5"), for naming it in the reader's language. */
        public String paragraphKind() {
            int space = paragraph.indexOf(' ');
            return space < 0 ? paragraph : paragraph.substring(0, space);
        }

        /** Its number ("5" of "operative 5"), or empty. */
        public String paragraphNumber() {
            int space = paragraph.indexOf(' ');
            return space < 0 ? "" : paragraph.substring(space + 1);
        }
    }
}

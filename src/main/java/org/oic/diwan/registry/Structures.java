package org.oic.diwan.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Stores the resolutions and paragraphs read from a version, in the caller's transaction. */
@Component
class Structures {

    private final JdbcTemplate jdbc;

    Structures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(UUID versionId, VersionStructure structure) {
        List<UUID> resolutionIds = new ArrayList<>();
        List<Object[]> resolutions = new ArrayList<>();
        for (VersionStructure.Resolution resolution : structure.resolutions()) {
            UUID id = UUID.randomUUID();
            resolutionIds.add(id);
            resolutions.add(new Object[] {id, versionId, resolution.position(), resolution.number(), resolution.numberKey(),
                resolution.title()});
        }
        jdbc.batchUpdate("insert into resolution (id, version_id, position, number, number_key, title) values (?, ?, ?, ?, ?, ?)",
                resolutions);
        List<Object[]> paragraphs = new ArrayList<>();
        for (VersionStructure.Paragraph paragraph : structure.paragraphs()) {
            UUID resolution = paragraph.resolution() >= 0 && paragraph.resolution() < resolutionIds.size()
                    ? resolutionIds.get(paragraph.resolution())
                    : null;
            paragraphs.add(new Object[] {UUID.randomUUID(), versionId, resolution, paragraph.position(), paragraph.kind(),
                paragraph.number(), paragraph.text(), paragraph.start(), paragraph.end(), paragraph.verb(),
                paragraph.strength(), paragraph.heading()});
        }
        jdbc.batchUpdate("""
                insert into paragraph (id, version_id, resolution_id, position, kind, number, text, start_offset, end_offset,
                                       operative_verb, verb_strength, heading)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, paragraphs);
    }
}

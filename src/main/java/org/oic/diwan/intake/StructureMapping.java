package org.oic.diwan.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oic.diwan.consistency.VersionLinks;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.reading.Segment;
import org.oic.diwan.registry.VersionStructure;

/** What the reader found, put into the registry's terms. */
final class StructureMapping {

    private StructureMapping() {}

    static VersionStructure of(ReadDocument read) {
        List<VersionStructure.Resolution> resolutions = new ArrayList<>();
        for (ReadDocument.Resolution resolution : read.resolutions()) {
            resolutions.add(new VersionStructure.Resolution(resolution.index(),
                    resolution.number() == null ? null : resolution.number().printed(),
                    resolution.number() == null ? null : resolution.number().key(),
                    resolution.title()));
        }
        List<VersionStructure.Paragraph> paragraphs = new ArrayList<>();
        String heading = null;
        for (Segment segment : read.segments()) {
            if (segment.kind() == org.oic.diwan.reading.SegmentKind.HEADING) {
                heading = segment.text();
            } else if (segment.kind() == org.oic.diwan.reading.SegmentKind.TITLE) {
                heading = null;
            }
            paragraphs.add(new VersionStructure.Paragraph(paragraphs.size(), segment.resolution(), segment.kind().label(),
                    segment.number(), segment.text(), segment.start(), segment.end(),
                    segment.verb() == null ? null : segment.verb().canonical(),
                    segment.verb() == null ? null : segment.verb().strength().name().toLowerCase(Locale.ROOT),
                    segment.kind() == org.oic.diwan.reading.SegmentKind.OPERATIVE ? heading : null));
        }
        ReadDocument.Session session = read.session();
        return new VersionStructure(
                ResolutionReader.EDITION,
                read.kind().label(),
                numbersKey(read),
                read.extraction().suspect() ? String.join("; ", read.extraction().reasons()) : null,
                session == null ? null : session.place(),
                session == null || session.gregorian() == null ? null : session.gregorian().from(),
                session == null || session.gregorian() == null ? null : session.gregorian().to(),
                session == null || session.hijri() == null ? null : session.hijri().from().toString(),
                session == null || session.hijri() == null ? null : session.hijri().to().toString(),
                resolutions,
                paragraphs);
    }

    /** The body-session-numbers key even of a version with a symbol, so that symbol-less versions can join it. */
    private static String numbersKey(ReadDocument read) {
        ReadDocument withoutSymbol = new ReadDocument(read.file(), read.language(), read.kind(), null, read.body(),
                read.session(), read.extraction(), read.resolutions(), read.segments(), read.text());
        return VersionLinks.linkKey(withoutSymbol);
    }
}

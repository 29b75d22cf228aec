package org.oic.diwan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oic.diwan.consistency.Finding;
import org.oic.diwan.consistency.Location;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.Segment;

/**
 * The JSON of {@code ./diwan read --json}, one object per file, as documented in
 * {@code docs/read.md} and {@code docs/read.schema.json}.
 */
final class ReadingReport {

    private ReadingReport() {}

    static Map<String, Object> of(ReadDocument version, List<ReadDocument> linked, List<Finding> findings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", version.file());
        json.put("language", version.language().code());
        json.put("kind", version.kind().label());
        json.put("symbol", version.symbol() == null ? null : map("printed", version.symbol().printed(), "key", version.symbol().key()));
        json.put("body", version.body() == null ? null : map("code", version.body().code(), "name", version.body().name()));
        json.put("session", session(version.session()));
        json.put("extraction", map("suspect", version.extraction().suspect(), "reasons", version.extraction().reasons()));
        json.put("linkedWith", linked.stream().filter(v -> v != version).map(ReadDocument::file).toList());
        json.put("resolutions", version.resolutions().stream().map(ReadingReport::resolution).toList());
        json.put("findings", findings.stream()
                .filter(f -> f.locations().stream().anyMatch(l -> l.file().equals(version.file())))
                .map(ReadingReport::finding)
                .toList());
        json.put("segments", version.segments().stream().map(ReadingReport::segment).toList());
        return json;
    }

    private static Object session(ReadDocument.Session session) {
        if (session == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", session.number());
        json.put("extraordinary", session.extraordinary());
        json.put("place", session.place());
        json.put("gregorian", session.gregorian() == null ? null
                : map("from", session.gregorian().from().toString(), "to", session.gregorian().to().toString()));
        json.put("hijri", session.hijri() == null ? null
                : map("from", session.hijri().from().toString(), "to", session.hijri().to().toString()));
        return json;
    }

    private static Map<String, Object> resolution(ReadDocument.Resolution resolution) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", resolution.number() == null ? null : resolution.number().printed());
        json.put("numberKey", resolution.number() == null ? null : resolution.number().key());
        json.put("title", resolution.title());
        List<Object> preamble = new ArrayList<>();
        for (ReadDocument.Preambular paragraph : resolution.preamble()) {
            preamble.add(map("index", paragraph.index(), "text", paragraph.text(), "start", paragraph.start(), "end", paragraph.end()));
        }
        json.put("preamble", preamble);
        List<Object> operative = new ArrayList<>();
        for (ReadDocument.Operative paragraph : resolution.operative()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("number", paragraph.number());
            p.put("verb", paragraph.verb() == null ? null : paragraph.verb().canonical());
            p.put("verbPrinted", paragraph.verb() == null ? null : paragraph.verb().printed());
            p.put("strength", paragraph.verb() == null ? null : paragraph.verb().strength().name().toLowerCase(java.util.Locale.ROOT));
            p.put("heading", paragraph.heading());
            p.put("text", paragraph.text());
            p.put("start", paragraph.start());
            p.put("end", paragraph.end());
            operative.add(p);
        }
        json.put("operative", operative);
        return json;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", finding.kind());
        json.put("severity", finding.severity().label());
        json.put("message", map("en", finding.message().en(), "fr", finding.message().fr(), "ar", finding.message().ar()));
        List<Object> locations = new ArrayList<>();
        for (Location location : finding.locations()) {
            locations.add(map("file", location.file(), "language", location.language(), "paragraph", location.paragraph(),
                    "start", location.start(), "end", location.end()));
        }
        json.put("locations", locations);
        return json;
    }

    private static Map<String, Object> segment(Segment segment) {
        return map("kind", segment.kind().label(), "start", segment.start(), "end", segment.end(),
                "resolution", segment.resolution() < 0 ? null : segment.resolution());
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            json.put((String) keyValues[i], keyValues[i + 1]);
        }
        return json;
    }
}

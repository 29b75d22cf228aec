package org.oic.diwan.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oic.diwan.Seeds;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.text.LanguageDetector;
import org.oic.diwan.text.TextNormalizer;

/**
 * The reading of the seeds reduced to what can be checked by hand without copying their text:
 * kinds, symbols, sessions, dates, counts, numbers, verbs, offsets and findings. Paragraph texts
 * stay in ../shared/seeds; offsets point into them.
 */
final class SeedGolden {

    private SeedGolden() {}

    /** The five seeds read together (so that versions link), as the golden maps, by seed number. */
    static Map<String, Map<String, Object>> read() {
        List<ReadDocument> versions = new ArrayList<>();
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            String text = TextNormalizer.normalize(Seeds.text(seed));
            versions.add(ResolutionReader.read(seed, text, LanguageDetector.detect(text).orElseThrow()));
        }
        Map<String, Map<String, Object>> golden = new LinkedHashMap<>();
        for (List<ReadDocument> document : VersionLinks.link(versions)) {
            List<Finding> findings = Findings.of(document);
            for (ReadDocument version : document) {
                golden.put(version.file(), reduced(version, document, findings));
            }
        }
        return golden;
    }

    static Map<String, Object> reduced(ReadDocument version, List<ReadDocument> document, List<Finding> findings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", version.file());
        json.put("language", version.language().code());
        json.put("kind", version.kind().label());
        json.put("symbol", version.symbol() == null ? null
                : Map.of("printed", version.symbol().printed(), "key", version.symbol().key()));
        json.put("body", version.body() == null ? null : version.body().code());
        ReadDocument.Session session = version.session();
        if (session != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("number", session.number());
            s.put("extraordinary", session.extraordinary());
            s.put("place", session.place());
            s.put("gregorian", session.gregorian() == null ? null : session.gregorian().from() + "/" + session.gregorian().to());
            s.put("hijri", session.hijri() == null ? null : session.hijri().from() + "/" + session.hijri().to());
            json.put("session", s);
        } else {
            json.put("session", null);
        }
        json.put("extractionSuspect", version.extraction().suspect());
        json.put("linkedWith", document.stream().filter(v -> v != version).map(ReadDocument::file).toList());
        List<Object> resolutions = new ArrayList<>();
        for (ReadDocument.Resolution resolution : version.resolutions()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("number", resolution.number() == null ? null : resolution.number().printed());
            r.put("numberKey", resolution.number() == null ? null : resolution.number().key());
            r.put("hasTitle", resolution.title() != null);
            r.put("preamble", resolution.preamble().stream().map(p -> p.start() + "-" + p.end()).toList());
            r.put("operative", resolution.operative().stream()
                    .map(o -> (o.number() == null ? "•" : o.number()) + " " + (o.verb() == null ? "?" : o.verb().canonical())
                            + " " + (o.heading() == null ? "" : "(under a heading) ") + o.start() + "-" + o.end())
                    .toList());
            resolutions.add(r);
        }
        json.put("resolutions", resolutions);
        json.put("findings", findings.stream()
                .filter(f -> f.locations().stream().anyMatch(l -> l.file().equals(version.file())))
                .map(f -> f.severity().label() + " " + f.kind() + " " + f.locations().stream()
                        .map(l -> l.file() + ":" + l.paragraph() + ":" + l.start() + "-" + l.end()).toList())
                .toList());
        json.put("segments", version.segments().stream()
                .map(s -> s.kind().label() + (s.resolution() >= 0 ? "[" + s.resolution() + "]" : "") + " " + s.start() + "-" + s.end())
                .toList());
        return json;
    }
}

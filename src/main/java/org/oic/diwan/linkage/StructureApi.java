package org.oic.diwan.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oic.diwan.consistency.DocumentFindings;
import org.oic.diwan.registry.DocumentDetail;
import org.oic.diwan.access.Callers;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.registry.StoredResolution;
import org.oic.diwan.registry.VersionSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/documents/{id}/structure} and {@code /findings}: what reading found in a document. */
@RestController
@RequestMapping(path = "/api/documents/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class StructureApi {

    private final Documents documents;
    private final DocumentFindings findings;
    private final Callers callers;

    StructureApi(Documents documents, DocumentFindings findings, Callers callers) {
        this.documents = documents;
        this.findings = findings;
        this.callers = callers;
    }

    /** For the latest revision of each language version: its resolutions, preambular and operative paragraphs. */
    @GetMapping("/structure")
    Map<String, Object> structure(@PathVariable UUID id) {
        DocumentDetail document = documents.find(id, callers.admission())
                .orElseThrow(() -> new ApiProblems.NotFound("no document " + id));
        List<Object> versions = new ArrayList<>();
        String seen = "";
        for (VersionSummary version : document.versions()) {
            if (seen.contains(version.language())) {
                continue; // versions come newest revision first within a language
            }
            seen += version.language();
            versions.add(version(version));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documentId", id);
        json.put("kind", document.kind());
        json.put("symbol", document.symbol());
        json.put("versions", versions);
        return json;
    }

    @GetMapping("/findings")
    List<DocumentFindings.StoredFinding> findings(@PathVariable UUID id) {
        DocumentDetail document = documents.find(id, callers.admission())
                .orElseThrow(() -> new ApiProblems.NotFound("no document " + id));
        return findings.about(document);
    }

    private Map<String, Object> version(VersionSummary version) {
        List<StoredParagraph> paragraphs = documents.paragraphs(version.versionId());
        List<Object> resolutions = new ArrayList<>();
        for (StoredResolution resolution : documents.resolutions(version.versionId())) {
            List<Object> preamble = new ArrayList<>();
            List<Object> operative = new ArrayList<>();
            for (StoredParagraph p : paragraphs) {
                if (p.resolution() != resolution.position()) {
                    continue;
                }
                if (p.kind().equals("preamble")) {
                    preamble.add(Map.of("index", preamble.size() + 1, "text", p.text(), "start", p.start(), "end", p.end()));
                } else if (p.kind().equals("operative")) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("number", p.number());
                    o.put("verb", p.verb());
                    o.put("strength", p.strength());
                    o.put("heading", p.heading());
                    o.put("text", p.text());
                    o.put("start", p.start());
                    o.put("end", p.end());
                    operative.add(o);
                }
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("number", resolution.number());
            r.put("numberKey", resolution.numberKey());
            r.put("title", resolution.title());
            r.put("preamble", preamble);
            r.put("operative", operative);
            resolutions.add(r);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", version.language());
        json.put("versionId", version.versionId());
        json.put("revision", version.revision());
        json.put("extraction", Map.of("suspect", version.extractionSuspect(),
                "reasons", version.suspectReason() == null ? List.of() : List.of(version.suspectReason().split("; "))));
        json.put("resolutions", resolutions);
        json.put("segments", paragraphs.stream()
                .map(p -> Map.of("kind", p.kind(), "start", p.start(), "end", p.end()))
                .toList());
        return json;
    }
}

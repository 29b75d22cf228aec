package org.oic.diwan.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.oic.diwan.registry.DocumentDetail;
import org.oic.diwan.registry.DocumentPage;
import org.oic.diwan.registry.DocumentQuery;
import org.oic.diwan.access.Action;
import org.oic.diwan.access.Callers;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.OriginalsStore;
import org.oic.diwan.registry.VersionSummary;
import org.oic.diwan.registry.VersionText;
import org.oic.diwan.text.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /api/documents}: the registry, read by other systems. */
@RestController
@RequestMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class DocumentsApi {

    private final Documents documents;
    private final OriginalsStore originals;
    private final Callers callers;

    DocumentsApi(Documents documents, OriginalsStore originals, Callers callers) {
        this.documents = documents;
        this.originals = originals;
        this.callers = callers;
    }

    /** Documents, newest first, filtered by language, body and session ordinal. */
    @GetMapping
    DocumentPage list(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) Integer session,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return documents.list(new DocumentQuery(
                lang == null || lang.isBlank() ? null : language(lang),
                body == null || body.isBlank() ? null : body.strip().toUpperCase(java.util.Locale.ROOT),
                session,
                page,
                size), callers.admission());
    }

    @GetMapping("/{id}")
    DocumentDetail document(@PathVariable UUID id) {
        // a document the caller may not see does not exist for them: 404, never 403
        return documents.find(id, callers.admission()).orElseThrow(() -> new ApiProblems.NotFound("no document " + id));
    }

    /** A language version's text and description: its latest revision unless {@code revision} is given. */
    @GetMapping("/{id}/versions/{lang}")
    VersionText version(@PathVariable UUID id, @PathVariable String lang, @RequestParam(required = false) Integer revision) {
        VersionText text = documents.text(id, language(lang), revision, callers.admission())
                .orElseThrow(() -> noVersion(id, lang, revision));
        callers.readVersion(text.version().versionId(), Action.READ_DOCUMENT);
        return text;
    }

    /** The original's exact bytes, verified against their SHA-256 before they are sent; the ETag is that SHA-256. */
    @GetMapping(path = "/{id}/versions/{lang}/original", produces = MediaType.ALL_VALUE)
    ResponseEntity<StreamingResponseBody> original(
            @PathVariable UUID id,
            @PathVariable String lang,
            @RequestParam(required = false) Integer revision,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch)
            throws IOException {
        VersionSummary version = documents.version(id, language(lang), revision, callers.admission())
                .orElseThrow(() -> noVersion(id, lang, revision));
        callers.readVersion(version.versionId(), Action.DOWNLOAD_ORIGINAL);
        String etag = "\"" + version.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        originals.verify(version.sha256());
        StreamingResponseBody body = out -> {
            try (InputStream in = originals.open(version.sha256())) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .eTag(etag)
                .contentType(MediaType.parseMediaType(version.mediaType()))
                .contentLength(version.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(version.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static Language language(String code) {
        return Language.ofCode(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown language '" + code + "': use ar, en or fr"));
    }

    private static ApiProblems.NotFound noVersion(UUID id, String lang, Integer revision) {
        return new ApiProblems.NotFound("document " + id + " has no " + lang + " version"
                + (revision == null ? "" : " revision " + revision));
    }
}

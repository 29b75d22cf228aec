package org.oic.diwan.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oic.diwan.access.Action;
import org.oic.diwan.access.Callers;
import org.oic.diwan.consistency.DocumentFindings;
import java.util.UUID;
import org.oic.diwan.registry.DocumentDetail;
import org.oic.diwan.registry.DocumentQuery;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.VersionText;
import org.oic.diwan.text.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The document pages: the list, one document, one version's text. */
@Controller
class DocumentPages {

    private final Documents documents;
    private final DocumentFindings findings;
    private final Callers callers;

    DocumentPages(Documents documents, DocumentFindings findings, Callers callers) {
        this.documents = documents;
        this.findings = findings;
        this.callers = callers;
    }

    @GetMapping("/documents")
    String list(
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) Integer session,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Language filterLanguage = language == null || language.isBlank() ? null : Language.ofCode(language).orElse(null);
        String filterBody = body == null || body.isBlank() ? null : body.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("page", documents.list(new DocumentQuery(filterLanguage, filterBody, session, Math.max(page, 0), 25), callers.admission()));
        model.addAttribute("language", filterLanguage == null ? "" : filterLanguage.code());
        model.addAttribute("body", filterBody == null ? "" : filterBody);
        model.addAttribute("session", session);
        return "documents";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable UUID id, Model model) {
        DocumentDetail document = documents.find(id, callers.admission())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such document"));
        model.addAttribute("document", document);
        // the side-by-side view needs two languages the caller may read
        model.addAttribute("comparable", ComparisonPage.readableLanguages(document).size() > 1);
        return "document";
    }

    @GetMapping("/documents/{id}/{lang:ar|en|fr}")
    String version(@PathVariable UUID id, @PathVariable String lang, @RequestParam(required = false) Integer revision,
            Model model) {
        Language language = Language.ofCode(lang).orElseThrow();
        VersionText text = documents.text(id, language, revision, callers.admission())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such version"));
        callers.readVersion(text.version().versionId(), Action.READ_DOCUMENT);
        model.addAttribute("version", text);
        model.addAttribute("textLanguage", language);
        model.addAttribute("paragraphs", documents.paragraphs(text.version().versionId()));
        String versionId = text.version().versionId().toString();
        List<DocumentFindings.StoredFinding> visible = documents.find(id, callers.admission()).map(findings::about).orElse(List.of());
        List<DocumentFindings.StoredFinding> mine = visible.stream()
                .filter(f -> f.locations().stream().anyMatch(l -> l.versionId().equals(versionId)))
                .toList();
        model.addAttribute("findings", mine);
        model.addAttribute("flagged", mine.stream()
                .flatMap(f -> f.locations().stream())
                .filter(l -> l.versionId().equals(versionId))
                .map(l -> l.start())
                .collect(Collectors.toSet()));
        return "version";
    }
}

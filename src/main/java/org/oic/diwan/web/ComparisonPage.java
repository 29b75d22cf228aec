package org.oic.diwan.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.oic.diwan.access.Action;
import org.oic.diwan.access.Callers;
import org.oic.diwan.consistency.DocumentFindings;
import org.oic.diwan.registry.DocumentDetail;
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

/**
 * The side-by-side view of a document's language versions: {@code ?lang=ar&lang=fr&lang=en}
 * chooses the columns and their order; without it, every language the caller may read. Each
 * version passes the same access decision as its own page, and each read of one that is not
 * public is recorded. A language that is not one of the three is a 400 (a mistyped address
 * should not silently show something else); a version the caller may not read, or that does
 * not exist, is a 404, as on the version page.
 */
@Controller
class ComparisonPage {

    static final int MOST_COLUMNS = 3;

    private final Documents documents;
    private final DocumentFindings findings;
    private final Callers callers;

    ComparisonPage(Documents documents, DocumentFindings findings, Callers callers) {
        this.documents = documents;
        this.findings = findings;
        this.callers = callers;
    }

    @GetMapping("/documents/{id}/compare")
    String compare(@PathVariable UUID id, @RequestParam(name = "lang", required = false) List<String> lang, Model model) {
        DocumentDetail document = documents.find(id, callers.admission())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such document"));
        List<Language> readable = readableLanguages(document);
        List<Language> chosen = lang == null || lang.isEmpty() ? readable : chosen(lang);
        List<ComparedVersion> versions = new ArrayList<>();
        for (Language language : chosen) {
            VersionText text = documents.text(id, language, null, callers.admission())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such version"));
            callers.readVersion(text.version().versionId(), Action.READ_DOCUMENT);
            versions.add(new ComparedVersion(language, text.version(), documents.paragraphs(text.version().versionId()),
                    documents.resolutions(text.version().versionId())));
        }
        model.addAttribute("document", document);
        model.addAttribute("comparison", AlignedVersions.of(versions, findings.about(document)));
        // the choices in the order of the columns, then the others: sending the form again keeps the order
        List<Language> choices = new ArrayList<>(chosen);
        readable.stream().filter(l -> !chosen.contains(l)).forEach(choices::add);
        model.addAttribute("choices", choices);
        model.addAttribute("chosen", chosen);
        return "compare";
    }

    /** The languages of the versions the caller may read, in the order of {@link Language}. */
    static List<Language> readableLanguages(DocumentDetail document) {
        Set<String> codes = new java.util.HashSet<>();
        document.versions().forEach(v -> codes.add(v.language()));
        return java.util.Arrays.stream(Language.values()).filter(l -> codes.contains(l.code())).toList();
    }

    /** The languages asked for, in their order, each once; at most three, since there are three. */
    private static List<Language> chosen(List<String> codes) {
        Set<Language> chosen = new LinkedHashSet<>();
        for (String code : codes) {
            for (String one : code.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                chosen.add(Language.ofCode(one.strip().toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang must be ar, en or fr")));
            }
        }
        if (chosen.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang must be ar, en or fr");
        }
        return List.copyOf(chosen).subList(0, Math.min(chosen.size(), MOST_COLUMNS));
    }
}

package org.oic.diwan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.registry.Classification;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /import}: registry clerks drop files and see each one's outcome. The page's script sends
 * one file per request (so each has its progress bar) and gets JSON back; without the script,
 * the form sends every file at once and gets a page of outcomes. Both go through the same importer
 * as {@code POST /api/imports}, with the page's CSRF token.
 */
@Controller
class ImportPage {

    private final Importer importer;
    private final Callers callers;
    private final ImportChoices choices;
    private final MessageSource messages;

    ImportPage(Importer importer, Callers callers, ImportChoices choices, MessageSource messages) {
        this.importer = importer;
        this.callers = callers;
        this.choices = choices;
        this.messages = messages;
    }

    /** One file's outcome as the page shows it: the status in the page's language, the importer's reason, the document's address. */
    record ImportedFile(String file, String status, String outcome, String reason, String href, String symbol) {}

    @GetMapping("/import")
    String form(Model model) {
        return page(model, Classification.DEFAULT.code(), List.of(), null);
    }

    /** The script's request: one file, its outcome as JSON (403 when the classification is not the clerk's to choose). */
    @PostMapping(path = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> one(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "classification", defaultValue = "restricted") String classification, Locale locale) {
        Optional<String> refusal = choices.refusal(callers.current(), classification);
        if (refusal.isPresent()) {
            return ResponseEntity.status(status(refusal.get()))
                    .body(java.util.Map.of("message", messages.getMessage("import.refused." + refusal.get(), null, locale)));
        }
        return ResponseEntity.ok(imported(file, Classification.ofCode(classification).orElseThrow(), locale));
    }

    /** The form without the script: every file chosen, then a page with each one's outcome. */
    @PostMapping("/import")
    String all(@RequestParam(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(name = "classification", defaultValue = "restricted") String classification, Locale locale, Model model,
            HttpServletResponse response) {
        Optional<String> refusal = choices.refusal(callers.current(), classification);
        // a form sent with no file chosen has one nameless, empty part
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(ImportPage::hasName).toList();
        String problem = refusal.map(r -> "import.refused." + r).orElse(chosen.isEmpty() ? "import.refused.noFiles" : null);
        if (problem != null) {
            response.setStatus(refusal.map(ImportPage::status).orElse(HttpStatus.BAD_REQUEST).value());
            return page(model, classification, List.of(), problem);
        }
        Classification level = Classification.ofCode(classification).orElseThrow();
        List<ImportedFile> outcomes = new ArrayList<>();
        for (MultipartFile file : chosen) {
            outcomes.add(imported(file, level, locale));
        }
        return page(model, level.code(), outcomes, null);
    }

    private ImportedFile imported(MultipartFile file, Classification level, Locale locale) {
        FileOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = importer.importUpload(file.getOriginalFilename(), in, level);
        } catch (IOException e) {
            outcome = new FileOutcome(file.getOriginalFilename(), FileOutcome.Status.REJECTED, "could not read the upload", null, null,
                    null, null);
        }
        String status = outcome.status().label();
        return new ImportedFile(outcome.path(), status, messages.getMessage("import.outcome." + status, null, locale), outcome.reason(),
                outcome.documentId() == null ? null : "/documents/" + outcome.documentId(), outcome.symbol());
    }

    private String page(Model model, String classification, List<ImportedFile> outcomes, String problem) {
        Subject me = callers.current();
        model.addAttribute("classifications", choices.offered(me).stream().map(Classification::code).toList());
        model.addAttribute("classification", classification);
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("problem", problem);
        return "import";
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    private static HttpStatus status(String refusal) {
        return refusal.equals("public") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
    }
}

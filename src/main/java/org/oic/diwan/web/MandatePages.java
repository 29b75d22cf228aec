package org.oic.diwan.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.oic.diwan.access.AccessPolicy;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.intake.FileOutcome;
import org.oic.diwan.intake.Importer;
import org.oic.diwan.mandates.FollowUp;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.mandates.FollowUpUpdate;
import org.oic.diwan.mandates.FollowUps;
import org.oic.diwan.mandates.MandateDetail;
import org.oic.diwan.mandates.MandateQuery;
import org.oic.diwan.mandates.Mandates;
import org.oic.diwan.registry.Classification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mandates pages: the dashboard, one mandate with its history and follow-ups, and the follow-up form. */
@org.springframework.stereotype.Controller
class MandatePages {

    private final Mandates mandates;
    private final FollowUps followUps;
    private final Callers callers;
    private final AccessPolicy policy;
    private final Importer importer;

    MandatePages(Mandates mandates, FollowUps followUps, Callers callers, AccessPolicy policy, Importer importer) {
        this.mandates = mandates;
        this.followUps = followUps;
        this.callers = callers;
        this.policy = policy;
        this.importer = importer;
    }

    /** Overdue first; filtered by addressee or organization, status, session; with the lines repeated three sessions or more. */
    @GetMapping("/mandates")
    String dashboard(@RequestParam(required = false) String addressee, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer session, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        FollowUpStatus chosen = status == null || status.isBlank() ? null : parseStatus(status);
        String who = addressee == null || addressee.isBlank() ? null : addressee.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("mandates", mandates.list(new MandateQuery(who, chosen, null, session, overdue, 200, 0), callers.admission()));
        model.addAttribute("repeated", mandates.repeated(3, callers.admission()));
        model.addAttribute("addressee", who == null ? "" : who);
        model.addAttribute("status", chosen == null ? "" : chosen.label());
        model.addAttribute("session", session);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", FollowUpStatus.values());
        return "mandates";
    }

    @GetMapping("/mandates/{id}")
    String mandate(@PathVariable UUID id, Model model) {
        MandateDetail mandate = mandates.find(id, callers.admission())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mandate"));
        Subject me = callers.current();
        model.addAttribute("mandate", mandate);
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("mayReport", mandate.followUps().stream().filter(f -> policy.decideFollowUp(me, f.organization()).permitted())
                .map(FollowUp::id).toList());
        return "mandate";
    }

    /** A focal point's report: status, note, and evidence (a registry document, or a file registered as one). */
    @PostMapping("/mandates/{id}/followups/{followUpId}")
    String report(@PathVariable UUID id, @PathVariable UUID followUpId, @RequestParam String status,
            @RequestParam(required = false) String note, @RequestParam(required = false) String evidenceDocument,
            @RequestParam(required = false) MultipartFile evidenceFile, RedirectAttributes redirect) {
        MandateDetail mandate = mandates.find(id, callers.admission())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such mandate"));
        if (mandate.followUps().stream().noneMatch(f -> f.id().equals(followUpId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such follow-up");
        }
        Subject me = callers.current();
        try {
            UUID evidence = evidenceDocument == null || evidenceDocument.isBlank() ? null : UUID.fromString(evidenceDocument.strip());
            if (!policy.decideFollowUp(me, organizationOf(mandate, followUpId)).permitted()) {
                throw new FollowUps.Refused("not yours to report");
            }
            if (evidenceFile != null && !evidenceFile.isEmpty()) {
                evidence = registerEvidence(evidenceFile);
            }
            followUps.update(followUpId, new FollowUpUpdate(parseStatus(status), note, evidence), me, Callers.address());
            redirect.addFlashAttribute("reported", followUpId);
        } catch (IllegalArgumentException e) {
            // the page says it in the reader's language; the detail is for the log
            redirect.addFlashAttribute("problem", "mandate.problem.invalid");
        } catch (FollowUps.NotFound e) {
            redirect.addFlashAttribute("problem", "mandate.problem.evidence");
        } catch (FollowUps.Refused e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Not yours to report");
        }
        return "redirect:/mandates/" + id + "#followup-" + followUpId;
    }

    private UUID registerEvidence(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            FileOutcome outcome = importer.importUpload(file.getOriginalFilename(), in, Classification.RESTRICTED);
            if (outcome.documentId() == null) {
                throw new IllegalArgumentException("the evidence file was not registered: " + outcome.reason());
            }
            return outcome.documentId();
        } catch (IOException e) {
            throw new IllegalArgumentException("the evidence file could not be read");
        }
    }

    private static String organizationOf(MandateDetail mandate, UUID followUpId) {
        return mandate.followUps().stream().filter(f -> f.id().equals(followUpId)).findFirst().orElseThrow().organization();
    }

    private static FollowUpStatus parseStatus(String status) {
        try {
            return FollowUpStatus.ofLabel(status);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown status");
        }
    }
}

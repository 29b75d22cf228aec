package org.oic.diwan.linkage;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.mandates.FollowUp;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.mandates.FollowUpUpdate;
import org.oic.diwan.mandates.FollowUps;
import org.oic.diwan.mandates.MandateDetail;
import org.oic.diwan.mandates.MandateQuery;
import org.oic.diwan.mandates.MandateSummary;
import org.oic.diwan.mandates.Mandates;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/mandates}: what resolutions ask of whom, and where each follow-up stands. */
@RestController
@RequestMapping(path = "/api/mandates", produces = MediaType.APPLICATION_JSON_VALUE)
class MandatesApi {

    private final Mandates mandates;
    private final FollowUps followUps;
    private final Callers callers;

    MandatesApi(Mandates mandates, FollowUps followUps, Callers callers) {
        this.mandates = mandates;
        this.followUps = followUps;
        this.callers = callers;
    }

    /** Mandates the caller may see, overdue first; filtered by addressee or responsible organization, status, body, session, overdue. */
    @GetMapping
    List<MandateSummary> list(
            @RequestParam(required = false) String addressee,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) Integer session,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return mandates.list(new MandateQuery(blank(addressee) ? null : addressee.strip().toUpperCase(Locale.ROOT), status(status),
                blank(body) ? null : body.strip().toUpperCase(Locale.ROOT), session, overdue, limit, offset), callers.admission());
    }

    /** Mandates repeated in three or more sessions (or {@code sessions}) with no follow-up done. */
    @GetMapping("/repeated")
    List<Mandates.RepeatedMandate> repeated(@RequestParam(defaultValue = "3") int sessions) {
        if (sessions < 2 || sessions > 50) {
            throw new IllegalArgumentException("sessions must be between 2 and 50");
        }
        return mandates.repeated(sessions, callers.admission());
    }

    @GetMapping("/{id}")
    MandateDetail find(@PathVariable String id) {
        return mandates.find(uuid(id), callers.admission()).orElseThrow(() -> new ApiProblems.NotFound("no mandate " + id));
    }

    @GetMapping("/{id}/followups")
    List<FollowUp> followUps(@PathVariable String id) {
        return find(id).followUps();
    }

    /** A follow-up's progress, reported by the organization answering for it. */
    record Progress(String organization, String status, String note, String evidence) {}

    /** The update recorded, with the follow-up as it now stands. */
    record Recorded(UUID update, FollowUp followUp) {}

    @PostMapping(path = "/{id}/followups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Recorded report(@PathVariable String id, @RequestBody Progress progress) {
        if (progress == null || blank(progress.organization())) {
            throw new IllegalArgumentException("organization is required: the code of the organization reporting (e.g. MS-SN)");
        }
        FollowUpStatus status = status(progress.status());
        if (status == null) {
            throw new IllegalArgumentException("status is required: not-started, in-progress, done, overtaken or recurring");
        }
        MandateDetail mandate = find(id);
        String organization = progress.organization().strip().toUpperCase(Locale.ROOT);
        FollowUp followUp = mandate.followUps().stream().filter(f -> f.organization().equals(organization)).findFirst()
                .orElseThrow(() -> new ApiProblems.NotFound("mandate " + id + " has no follow-up by " + organization));
        Subject subject = callers.current();
        UUID update = followUps.update(followUp.id(), new FollowUpUpdate(status, progress.note(),
                blank(progress.evidence()) ? null : uuid(progress.evidence())), subject, null);
        FollowUp now = mandates.followUps(mandate.summary().id()).stream().filter(f -> f.id().equals(followUp.id())).findFirst()
                .orElseThrow();
        return new Recorded(update, now);
    }

    @ExceptionHandler(FollowUps.NotFound.class)
    ProblemDetail notFound(FollowUps.NotFound e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(FollowUps.Refused.class)
    ProblemDetail refused(FollowUps.Refused e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    private static FollowUpStatus status(String status) {
        if (blank(status)) {
            return null;
        }
        try {
            return FollowUpStatus.ofLabel(status);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be not-started, in-progress, done, overtaken or recurring");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.NotFound("no such resource " + id);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

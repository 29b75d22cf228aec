package org.oic.diwan.linkage;

import java.util.Locale;
import java.util.Map;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.mandates.ImplementationReports;
import org.oic.diwan.text.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/implementation?session=50&lang=ar&format=pdf}: the Secretary General's
 * report to a session on the implementation of the resolutions of the session before it, made of
 * what the caller may read; each one made is an export, in the audit trail.
 */
@RestController
class ReportsApi {

    private final ImplementationReports reports;
    private final Callers callers;
    private final AuditTrail audit;

    ReportsApi(ImplementationReports reports, Callers callers, AuditTrail audit) {
        this.reports = reports;
        this.callers = callers;
        this.audit = audit;
    }

    @GetMapping({"/api/reports/implementation", "/reports/implementation"})
    ResponseEntity<byte[]> implementation(@RequestParam int session, @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "html") String format, @RequestParam(defaultValue = "CFM") String body) {
        Language language = Language.ofCode(lang.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("lang must be ar, en or fr"));
        ImplementationReports.Format chosen = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "html" -> ImplementationReports.Format.HTML;
            case "pdf" -> ImplementationReports.Format.PDF;
            default -> throw new IllegalArgumentException("format must be html or pdf");
        };
        String bodyCode = body.strip().toUpperCase(Locale.ROOT);
        if (!bodyCode.matches("[A-Z0-9-]{2,20}")) {
            throw new IllegalArgumentException("body must be a body's code, e.g. CFM");
        }
        byte[] bytes = reports.render(bodyCode, session, language, chosen, callers.admission());
        Subject subject = callers.current();
        audit.record(new AuditEvent(subject.name(), subject.organization(), "report.export",
                "report/implementation/" + bodyCode + "-" + session, "ok", Callers.address(),
                Map.of("language", language.code(), "format", chosen.name().toLowerCase(Locale.ROOT))));
        String name = "implementation-report-" + bodyCode.toLowerCase(Locale.ROOT) + "-" + session + "-" + language.code()
                + (chosen == ImplementationReports.Format.PDF ? ".pdf" : ".html");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (chosen == ImplementationReports.Format.HTML) {
            // a standalone document with its own styles and no script at all: sandboxed, styles allowed, nothing else
            response.header("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox");
        }
        return response
                .contentType(chosen == ImplementationReports.Format.PDF ? MediaType.APPLICATION_PDF
                        : new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, (chosen == ImplementationReports.Format.PDF ? ContentDisposition.attachment()
                        : ContentDisposition.inline()).filename(name).build().toString())
                .body(bytes);
    }
}

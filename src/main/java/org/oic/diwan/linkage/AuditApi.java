package org.oic.diwan.linkage;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.audit.AuditEntry;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditSelection;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/audit?from=&format=jsonl|csv}: the audit trail for auditors (the route's policy
 * is READ_AUDIT), streamed; the export itself is an entry of the trail. Auditors browse it with
 * filters: {@code actor}, {@code action} and {@code resource} (prefixes: {@code action=follow-up.}),
 * {@code outcome}, {@code since} and {@code until} (ISO instants), {@code limit}.
 */
@RestController
class AuditApi {

    private final AuditTrail trail;
    private final Callers callers;
    private final JsonMapper json;

    AuditApi(AuditTrail trail, Callers callers, JsonMapper json) {
        this.trail = trail;
        this.callers = callers;
        this.json = json;
    }

    @GetMapping("/api/audit")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(name = "from", defaultValue = "1") long from,
            @RequestParam(name = "format", defaultValue = "jsonl") String format,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String resource, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) java.time.Instant since, @RequestParam(required = false) java.time.Instant until,
            @RequestParam(defaultValue = "0") int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative (0: no limit)");
        }
        AuditSelection wanted = new AuditSelection(actor, action, resource, outcome, since, until);
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new IllegalArgumentException("format must be jsonl or csv");
        }
        Subject subject = callers.current();
        trail.record(new AuditEvent(subject.name(), subject.organization(), "audit.export", "audit", "ok", null,
                Map.of("from", from, "format", format)));
        StreamingResponseBody body = out -> {
            PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (format.equals("csv")) {
                writer.println(AuditEntry.CSV_HEADER);
            }
            int[] written = {0};
            trail.forEach(from, e -> {
                if ((limit == 0 || written[0] < limit) && wanted.test(e)) {
                    writer.println(format.equals("csv") ? e.csv() : json.writeValueAsString(e));
                    written[0]++;
                }
            });
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.equals("csv") ? "text/csv;charset=UTF-8" : "application/jsonl;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail." + (format.equals("csv") ? "csv" : "jsonl") + "\"")
                .body(body);
    }
}

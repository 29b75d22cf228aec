package org.oic.diwan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.audit.AuditBrowser;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditSelection;
import org.oic.diwan.audit.AuditTrail;
import org.oic.diwan.audit.TrailVerifier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /audit}: auditors browse the trail, fifty entries a page, newest first or in order from
 * a place in the chain, filtered by actor, action, resource, outcome and days (UTC); the same
 * selection exports through {@code /api/audit}. The verifier's verdict heads the page. Reading
 * the trail is itself an entry of it.
 */
@Controller
class AuditPage {

    static final int PAGE_SIZE = 50;

    private final AuditBrowser browser;
    private final AuditTrail trail;
    private final TrailVerifier verifier;
    private final Callers callers;

    AuditPage(AuditBrowser browser, AuditTrail trail, TrailVerifier verifier, Callers callers) {
        this.browser = browser;
        this.trail = trail;
        this.verifier = verifier;
        this.callers = callers;
    }

    @GetMapping("/audit")
    String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String resource, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) Long from, @RequestParam(required = false) Long before, Model model) {
        // days are whole UTC days, both included: until the start of the day after
        AuditSelection selection = new AuditSelection(actor, action, resource, outcome, startOf(since),
                until == null ? null : startOf(until.plusDays(1)));
        model.addAttribute("report", verifier.verify());
        AuditBrowser.Page page = from != null ? browser.inOrderFrom(selection, Math.max(from, 1), PAGE_SIZE)
                : browser.newestFirst(selection, before, PAGE_SIZE);
        Map<String, Object> filters = filters(selection, since, until);
        model.addAttribute("filters", filters);
        model.addAttribute("entries", page.entries());
        model.addAttribute("inOrder", from != null);
        model.addAttribute("from", from);
        model.addAttribute("nextPage", page.next() == null ? null : link("/audit", filters, from != null ? "from" : "before", page.next()));
        model.addAttribute("exportJsonl", export(selection, from, "jsonl"));
        model.addAttribute("exportCsv", export(selection, from, "csv"));
        Subject me = callers.current();
        Map<String, Object> detail = new LinkedHashMap<>(filters);
        detail.put("shown", page.entries().size());
        trail.record(new AuditEvent(me.name(), me.organization(), "audit.browse", "audit", "ok", Callers.address(), detail));
        return "audit";
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The filters in force, as the form and the links carry them. */
    private static Map<String, Object> filters(AuditSelection s, LocalDate since, LocalDate until) {
        Map<String, Object> filters = new LinkedHashMap<>();
        put(filters, "actor", s.actor());
        put(filters, "action", s.action());
        put(filters, "resource", s.resource());
        put(filters, "outcome", s.outcome());
        put(filters, "since", since);
        put(filters, "until", until);
        return filters;
    }

    private static void put(Map<String, Object> filters, String name, Object value) {
        if (value != null) {
            filters.put(name, value.toString());
        }
    }

    private static String link(String path, Map<String, Object> filters, String name, Object value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach(uri::queryParam);
        return uri.queryParam(name, value).encode().build().toUriString();
    }

    /** The same selection through the API, whole (not a page of it), in order. */
    private static String export(AuditSelection s, Long from, String format) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "actor", s.actor());
        put(parameters, "action", s.action());
        put(parameters, "resource", s.resource());
        put(parameters, "outcome", s.outcome());
        put(parameters, "since", s.since());
        put(parameters, "until", s.until());
        put(parameters, "from", from);
        return link("/api/audit", parameters, "format", format);
    }
}

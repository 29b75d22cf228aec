package org.oic.diwan.web;

import java.util.List;
import java.util.Locale;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.oic.diwan.mandates.MandateQuery;
import org.oic.diwan.mandates.MandateSummary;
import org.oic.diwan.mandates.Mandates;
import org.oic.diwan.registry.Admission;
import org.oic.diwan.registry.DocumentQuery;
import org.oic.diwan.registry.Documents;
import org.oic.diwan.registry.Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where people start: the latest sessions and documents, and for a signed-in person the mandates
 * addressed to their organization and its overdue follow-ups; and the way to browse, body by
 * body, session by session.
 */
@Controller
class HomePage {

    private static final int LATEST = 8;

    private final Documents documents;
    private final Sessions sessions;
    private final Mandates mandates;
    private final Callers callers;

    HomePage(Documents documents, Sessions sessions, Mandates mandates, Callers callers) {
        this.documents = documents;
        this.sessions = sessions;
        this.mandates = mandates;
        this.callers = callers;
    }

    @GetMapping("/")
    String home(Model model) {
        Admission admission = callers.admission();
        Subject me = callers.current();
        model.addAttribute("sessions", sessions.sessions(null, admission, 6));
        model.addAttribute("latest", documents.list(new DocumentQuery(null, null, null, 0, LATEST), admission).items());
        List<MandateSummary> mine = List.of();
        List<MandateSummary> overdue = List.of();
        if (me.signedIn()) {
            mine = mandates.list(new MandateQuery(me.organization(), null, null, null, false, LATEST, 0), admission);
            overdue = mandates.list(new MandateQuery(me.organization(), null, null, null, true, LATEST, 0), admission);
        }
        model.addAttribute("mine", mine);
        model.addAttribute("overdue", overdue);
        return "home";
    }

    @GetMapping("/browse")
    String bodies(Model model) {
        model.addAttribute("bodies", sessions.bodies(callers.admission()));
        return "browse";
    }

    @GetMapping("/browse/{body}")
    String sessionsOf(@PathVariable String body, Model model) {
        String code = body.strip().toUpperCase(Locale.ROOT);
        var bodies = sessions.bodies(callers.admission());
        var chosen = bodies.stream().filter(b -> b.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such body"));
        model.addAttribute("body", chosen);
        model.addAttribute("sessions", sessions.sessions(code, callers.admission(), 500));
        return "sessions";
    }
}

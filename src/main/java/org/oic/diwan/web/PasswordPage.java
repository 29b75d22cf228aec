package org.oic.diwan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.PasswordChange;
import org.oic.diwan.access.Subject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/password}: a person chooses their password, giving the current one. The only
 * page a person with a one-time password reaches until they do.
 */
@Controller
class PasswordPage {

    private final PasswordChange passwordChange;
    private final Callers callers;

    PasswordPage(PasswordChange passwordChange, Callers callers) {
        this.passwordChange = passwordChange;
        this.callers = callers;
    }

    @GetMapping(PasswordChange.PAGE)
    String form(Model model) {
        return page(model, callers.current());
    }

    @PostMapping(PasswordChange.PAGE)
    String change(@RequestParam(name = "current", defaultValue = "") String current,
            @RequestParam(name = "chosen", defaultValue = "") String chosen,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation, HttpServletRequest request, Model model) {
        Subject subject = callers.current();
        Optional<PasswordChange.Refusal> refusal = passwordChange.change(subject, current, chosen, confirmation, request.getRemoteAddr());
        if (refusal.isEmpty()) {
            request.changeSessionId(); // a new credential, a new session id
            return "redirect:" + PasswordChange.PAGE + "?changed";
        }
        model.addAttribute("refusal", refusal.get().name());
        return page(model, subject);
    }

    private String page(Model model, Subject subject) {
        model.addAttribute("me", subject);
        model.addAttribute("oneTime", passwordChange.owed(subject));
        model.addAttribute("minimum", PasswordChange.MINIMUM_LENGTH);
        model.addAttribute("maximum", PasswordChange.MAXIMUM_LENGTH);
        return "password";
    }
}

package org.oic.diwan.web;

import jakarta.servlet.http.HttpServletRequest;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.SecondFactor;
import org.oic.diwan.access.Subject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /signin/second-factor}: the code from an authenticator, and its enrolment the first time. */
@Controller
class SecondFactorPage {

    private final SecondFactor secondFactor;
    private final Callers callers;

    SecondFactorPage(SecondFactor secondFactor, Callers callers) {
        this.secondFactor = secondFactor;
        this.callers = callers;
    }

    @GetMapping("/signin/second-factor")
    String prompt(HttpServletRequest request, Model model) {
        Subject subject = callers.current();
        if (!SecondFactor.required(subject)) {
            return "redirect:/";
        }
        model.addAttribute("prompt", secondFactor.prompt(subject, request.getSession()));
        model.addAttribute("me", subject);
        return "second-factor";
    }

    @PostMapping("/signin/second-factor")
    String submit(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request, Model model) {
        Subject subject = callers.current();
        if (!SecondFactor.required(subject)) {
            return "redirect:/";
        }
        if (secondFactor.submit(subject, request.getSession(), code, request.getRemoteAddr())) {
            return "redirect:/";
        }
        model.addAttribute("prompt", secondFactor.prompt(subject, request.getSession()));
        model.addAttribute("me", subject);
        model.addAttribute("failed", true);
        return "second-factor";
    }
}

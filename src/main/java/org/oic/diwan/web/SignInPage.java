package org.oic.diwan.web;

import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /signin}: the sign-in form (Spring Security handles the POST); and who is signed in, for every page. */
@Controller
class SignInPage {

    private final boolean identityProvider;

    SignInPage(org.springframework.beans.factory.ObjectProvider<
            org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> providers) {
        this.identityProvider = providers.getIfAvailable() != null;
    }

    @GetMapping("/signin")
    String signIn(Model model) {
        model.addAttribute("identityProvider", identityProvider);
        return "signin";
    }

    /**
     * Every page's header shows who is signed in, or offers to sign in, 
     * (the language links: {@link UiLanguageLinks}).
     */
    @ControllerAdvice(basePackageClasses = SignInPage.class)
    static class Me {

        private final Callers callers;

        Me(Callers callers) {
            this.callers = callers;
        }

        @ModelAttribute("me")
        Subject me() {
            return callers.current();
        }
    }
}

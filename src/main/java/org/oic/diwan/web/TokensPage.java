package org.oic.diwan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.oic.diwan.access.ApiTokens;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Organization;
import org.oic.diwan.access.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/tokens}: the tokens of other systems, issued for an organization with scopes and
 * a lifetime (the secret shown once, on the page that answers the issue; Diwan keeps its hash
 * only), and revoked. {@link ApiTokens} writes the audit entries.
 */
@Controller
class TokensPage {

    private final ApiTokens tokens;
    private final Organizations organizations;
    private final Callers callers;

    TokensPage(ApiTokens tokens, Organizations organizations, Callers callers) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.callers = callers;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(defaultValue = "") String organization, @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "scope", required = false) List<String> scopes, @RequestParam(defaultValue = "90") int days,
            Model model, HttpServletResponse response) {
        Set<ApiTokens.Scope> chosen = EnumSet.noneOf(ApiTokens.Scope.class);
        boolean known = true;
        for (String scope : scopes == null ? List.<String>of() : scopes) {
            try {
                chosen.add(ApiTokens.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                known = false;
            }
        }
        String problem = name.isBlank() ? "admin.problem.tokenName"
                : organizations.find(organization).isEmpty() ? "admin.problem.organization"
                : !known || chosen.isEmpty() ? "admin.problem.scope"
                : days < 1 || days > 366 ? "admin.problem.days"
                : null;
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", problem);
            return page(model);
        }
        model.addAttribute("issued", tokens.issue(organization, name.strip(), chosen, Duration.ofDays(days), callers.current().name()));
        return page(model);
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(id, callers.current().name());
        redirect.addFlashAttribute(revoked ? "changed" : "problem", revoked ? "admin.changed.revoked" : "admin.problem.revoked");
        return "redirect:/admin/tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.all().reversed()); // newest first
        model.addAttribute("organizations", organizations.all().stream().sorted(Comparator.comparing(Organization::code)).toList());
        model.addAttribute("scopes", ApiTokens.Scope.values());
        model.addAttribute("now", java.time.Instant.now());
        return "admin-tokens";
    }
}

package org.oic.diwan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Contacts;
import org.oic.diwan.access.Organization;
import org.oic.diwan.access.Organizations;
import org.oic.diwan.access.People;
import org.oic.diwan.access.Person;
import org.oic.diwan.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/people}: administrators list the accounts, create one (its one-time password is
 * shown once, on the page that answers the creation, and kept nowhere), disable or enable it,
 * change its roles and its contact. {@link People} and {@link Contacts} write the audit entries.
 * These pages show accounts, never documents: administering does not mean reading.
 */
@Controller
class PeoplePages {

    private static final String USERNAME = "[a-z0-9][a-z0-9._@-]{1,63}";

    private final People people;
    private final Contacts contacts;
    private final Organizations organizations;
    private final Callers callers;

    PeoplePages(People people, Contacts contacts, Organizations organizations, Callers callers) {
        this.people = people;
        this.contacts = contacts;
        this.organizations = organizations;
        this.callers = callers;
    }

    @GetMapping("/admin/people")
    String list(Model model) {
        return list(model, null);
    }

    /** A new account: the answer is a page with its one-time password, which nothing shows again. */
    @PostMapping("/admin/people")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String organization, @RequestParam(name = "role", required = false) List<String> roles,
            Model model, HttpServletResponse response) {
        String chosen = username.strip();
        Optional<String> problem = !chosen.matches(USERNAME) ? Optional.of("admin.problem.username")
                : displayName.isBlank() ? Optional.of("admin.problem.name")
                : organizations.find(organization).isEmpty() ? Optional.of("admin.problem.organization")
                : people.find(chosen).isPresent() ? Optional.of("admin.problem.taken")
                : Optional.empty();
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", new AccountForm(chosen, displayName, organization, roles == null ? List.of() : roles));
            return list(model, problem.get());
        }
        People.Created created = people.create(chosen, displayName.strip(), organization, roles(roles), callers.current().name());
        model.addAttribute("oneTimePassword", created.oneTimePassword());
        return person(created.person().username(), model);
    }

    @GetMapping("/admin/people/{username}")
    String person(@PathVariable String username, Model model) {
        Person person = people.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such account"));
        model.addAttribute("person", person);
        model.addAttribute("contact", contacts.all().get(username));
        model.addAttribute("roles", Role.values());
        model.addAttribute("self", username.equals(callers.current().name()));
        return "admin-person";
    }

    @PostMapping("/admin/people/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        Person person = existing(username);
        if (!enabled && isMe(person)) {
            redirect.addFlashAttribute("problem", "admin.problem.self");
        } else {
            people.setEnabled(username, enabled, callers.current().name());
            redirect.addFlashAttribute("changed", enabled ? "admin.changed.enabled" : "admin.changed.disabled");
        }
        return "redirect:/admin/people/" + username;
    }

    @PostMapping("/admin/people/{username}/roles")
    String roles(@PathVariable String username, @RequestParam(name = "role", required = false) List<String> roles,
            RedirectAttributes redirect) {
        Person person = existing(username);
        Set<Role> chosen = roles(roles);
        if (isMe(person) && !chosen.contains(Role.ADMINISTRATOR)) {
            // the last door out would close behind them: another administrator does it
            redirect.addFlashAttribute("problem", "admin.problem.self");
        } else {
            people.assignRoles(username, chosen, callers.current().name());
            redirect.addFlashAttribute("changed", "admin.changed.roles");
        }
        return "redirect:/admin/people/" + username;
    }

    @PostMapping("/admin/people/{username}/contact")
    String contact(@PathVariable String username, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "en") String language, RedirectAttributes redirect) {
        existing(username);
        try {
            contacts.set(username, email.isBlank() ? null : email.strip(), language, callers.current().name());
            redirect.addFlashAttribute("changed", "admin.changed.contact");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", List.of("ar", "en", "fr").contains(language) ? "admin.problem.email"
                    : "admin.problem.language");
        }
        return "redirect:/admin/people/" + username;
    }

    /** What the creation form held, shown again when it was refused. */
    record AccountForm(String username, String displayName, String organization, List<String> roles) {
        static final AccountForm EMPTY = new AccountForm("", "", "", List.of(Role.READER.code()));
    }

    private String list(Model model, String problem) {
        model.addAttribute("people", people.all());
        model.addAttribute("contacts", contacts.all());
        model.addAttribute("organizations", organizations.all().stream().sorted(Comparator.comparing(Organization::code)).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("problem", problem);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AccountForm.EMPTY);
        }
        return "admin-people";
    }

    private Person existing(String username) {
        return people.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such account"));
    }

    private boolean isMe(Person person) {
        return person.id().toString().equals(callers.current().id());
    }

    private static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                roles.add(Role.ofCode(code));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown role");
            }
        }
        return roles;
    }
}

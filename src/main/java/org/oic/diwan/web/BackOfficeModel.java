package org.oic.diwan.web;

import org.oic.diwan.access.Callers;
import org.oic.diwan.access.Subject;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is signed in, for the header of the import, administration and audit pages (the other
 * pages have theirs from {@link SignInPage.Me}; a separate advice keeps each set of pages its own).
 */
@ControllerAdvice(assignableTypes = {ImportPage.class, PeoplePages.class, OrganizationsPage.class, TokensPage.class, AuditPage.class})
class BackOfficeModel {

    private final Callers callers;

    BackOfficeModel(Callers callers) {
        this.callers = callers;
    }

    @ModelAttribute("me")
    Subject me() {
        return callers.current();
    }
}

package org.oic.diwan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who signed in and with which rights; the account may have changed since.
 * At every request of a signed-in person, their account is read again: disabled, removed, or
 * given other roles or another organization, and the session ends there (the sign-in page for
 * pages, 401 for the API), with an audit entry. A person signs in again to act with new rights,
 * and a second factor is asked again if the new roles need one.
 */
final class AccountStanding extends OncePerRequestFilter {

    private static final String PERSON = AccountStanding.class.getName() + ".person";

    private final People people;
    private final AuditTrail audit;

    AccountStanding(People people, AuditTrail audit) {
        this.people = people;
        this.audit = audit;
    }

    /** The signed-in person's account as read at this request (for the filters after this one). */
    static Optional<Person> person(HttpServletRequest request) {
        return Optional.ofNullable((Person) request.getAttribute(PERSON));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasSubject signedIn
                && signedIn.subject().kind() == Subject.Kind.PERSON) {
            Subject held = signedIn.subject();
            Optional<Person> now = people.find(held.name()).filter(p -> p.id().toString().equals(held.id()));
            String change = now.isEmpty() ? "account-removed"
                    : !now.get().enabled() ? "account-disabled"
                    : !people.subject(now.get()).equals(held) ? "rights-changed" : null;
            if (change != null) {
                end(request, response, held, change);
                return;
            }
            request.setAttribute(PERSON, now.get());
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, Subject held, String reason) throws IOException {
        audit.record(new AuditEvent(held.name(), held.organization(), "session.end", "person/" + held.id(), "refused",
                request.getRemoteAddr(), Map.of("reason", reason, "path", request.getRequestURI())));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "session-ended", "Session ended",
                    "the account changed since this session began; sign in again");
        } else {
            response.sendRedirect(request.getContextPath() + "/signin");
        }
    }
}

package org.oic.diwan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second factor that publishers, administrators and auditors must give after their password:
 * a TOTP code. Until they do, their session reaches only the second-factor page (enrolling a
 * secret the first time) and sign-out; the API refuses them password-only access.
 */
@Service
public class SecondFactor {

    static final String PAGE = "/signin/second-factor";
    private static final String PASSED = SecondFactor.class.getName() + ".passed";
    private static final String PENDING_SECRET = SecondFactor.class.getName() + ".pending";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SecondFactor(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether a subject must give a second factor. */
    public static boolean required(Subject subject) {
        return subject.kind() == Subject.Kind.PERSON && subject.roles().stream().anyMatch(Role::needsSecondFactor);
    }

    /** What the page shows: an enrolment (a new secret to add to an authenticator) or a prompt. */
    public record Prompt(boolean enrolling, String secret, String uri) {}

    public Prompt prompt(Subject subject, HttpSession session) {
        if (secret(subject).isPresent()) {
            return new Prompt(false, null, null);
        }
        String pending = (String) session.getAttribute(PENDING_SECRET);
        if (pending == null) {
            pending = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, pending);
        }
        return new Prompt(true, pending, Totp.uri(pending, subject.name()));
    }

    /** Checks a code; a right one passes the session (and completes an enrolment). */
    public boolean submit(Subject subject, HttpSession session, String code, String address) {
        Optional<String> stored = secret(subject);
        String secret = stored.orElse((String) session.getAttribute(PENDING_SECRET));
        if (secret == null) {
            return false;
        }
        long last = jdbc.sql("select coalesce(totp_last_step, -1) from person where id = cast(? as uuid)").param(subject.id())
                .query(Long.class).single();
        OptionalLong step = Totp.accept(secret, code, Instant.now(), last);
        audit.record(new AuditEvent(subject.name(), subject.organization(), stored.isPresent() ? "second-factor" : "second-factor.enrol",
                "person/" + subject.id(), step.isPresent() ? "ok" : "failed", address, Map.of()));
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("update person set totp_secret = ?, totp_last_step = ? where id = cast(? as uuid)")
                .params(secret, step.getAsLong(), subject.id()).update();
        session.removeAttribute(PENDING_SECRET);
        session.setAttribute(PASSED, Boolean.TRUE);
        return true;
    }

    /** For tests and recovery by an operator: the secret a person enrolled, if any. */
    Optional<String> secret(Subject subject) {
        return jdbc.sql("select totp_secret from person where id = cast(? as uuid)").param(subject.id()).query(String.class).optional()
                .filter(s -> s != null && !s.isBlank());
    }

    /** Keeps a session that owes its second factor to the second-factor page. */
    static final class Gate extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof HasSubject signedIn && required(signedIn.subject())) {
                HttpSession session = request.getSession(false);
                boolean passed = session != null && Boolean.TRUE.equals(session.getAttribute(PASSED));
                String path = request.getRequestURI().substring(request.getContextPath().length());
                boolean open = path.equals(PAGE) || path.equals("/signout") || path.startsWith("/css/") || path.equals("/error");
                if (!passed && !open) {
                    if (path.startsWith("/api/")) {
                        Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "second-factor", "Second factor required",
                                "this role signs in with a second factor; systems use tokens");
                    } else {
                        response.sendRedirect(request.getContextPath() + PAGE);
                    }
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}

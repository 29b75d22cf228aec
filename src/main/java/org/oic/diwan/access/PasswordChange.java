package org.oic.diwan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person changes their own password, giving the current one: at the first sign-in, since a
 * one-time password was given by someone else (the administrator, the demo), and whenever they
 * wish. Until a one-time password is changed, a session reaches only this page and sign-out, and
 * the API refuses the password.
 */
@Service
public class PasswordChange {

    public static final String PAGE = "/account/password";
    public static final int MINIMUM_LENGTH = 12;
    /** Long enough for any passphrase; short enough that hashing it costs what any other does. */
    public static final int MAXIMUM_LENGTH = 256;

    /** Why a change is refused; nothing is changed then. */
    public enum Refusal { TOO_MANY_ATTEMPTS, CURRENT_WRONG, CONFIRMATION_DIFFERS, TOO_SHORT, TOO_LONG, NAMES_THE_ACCOUNT, SAME_AS_CURRENT }

    private final People people;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PasswordChange(People people, PasswordEncoder passwords, SignInThrottle throttle, AuditTrail audit) {
        this.people = people;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Whether the person still has the one-time password they were given. */
    public boolean owed(Subject subject) {
        return subject.kind() == Subject.Kind.PERSON && people.find(subject.name()).map(Person::passwordTemporary).orElse(false);
    }

    /** Changes the password, or says why not; either way an audit entry. */
    @Transactional
    public Optional<Refusal> change(Subject subject, String current, String chosen, String confirmation, String address) {
        Person person = people.find(subject.name()).filter(p -> p.id().toString().equals(subject.id()))
                .orElseThrow(() -> new IllegalStateException("no account for the signed-in person"));
        Optional<Refusal> refusal = refusal(person, current, chosen, confirmation, address);
        if (refusal.isPresent()) {
            audit.record(new AuditEvent(subject.name(), subject.organization(), "password.change", "person/" + person.id(), "refused",
                    address, Map.of("reason", refusal.get().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            return refusal;
        }
        people.storeChosenPassword(person.id(), chosen);
        throttle.succeeded(person.username(), address);
        audit.record(new AuditEvent(subject.name(), subject.organization(), "password.change", "person/" + person.id(), "ok", address,
                Map.of("was", person.passwordTemporary() ? "one-time" : "chosen")));
        return Optional.empty();
    }

    private Optional<Refusal> refusal(Person person, String current, String chosen, String confirmation, String address) {
        if (!throttle.wait(person.username(), address).isZero()) {
            return Optional.of(Refusal.TOO_MANY_ATTEMPTS);
        }
        String hash = people.passwordHash(person.username()).orElse(null);
        if (hash == null || current == null || current.length() > MAXIMUM_LENGTH || !passwords.matches(current, hash)) {
            // counted as a failed sign-in: a session left open must not become a way to guess the password
            throttle.failed(person.username(), address);
            return Optional.of(Refusal.CURRENT_WRONG);
        }
        if (chosen == null || !chosen.equals(confirmation)) {
            return Optional.of(Refusal.CONFIRMATION_DIFFERS);
        }
        if (chosen.codePointCount(0, chosen.length()) < MINIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (chosen.length() > MAXIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        if (namesTheAccount(person, chosen)) {
            return Optional.of(Refusal.NAMES_THE_ACCOUNT);
        }
        if (passwords.matches(chosen, hash)) {
            return Optional.of(Refusal.SAME_AS_CURRENT);
        }
        return Optional.empty();
    }

    /** The username inside the password is the first guess anyone makes (a two- or three-letter one only when it is all of it). */
    static boolean namesTheAccount(Person person, String chosen) {
        String lower = chosen.toLowerCase(Locale.ROOT);
        String username = person.username().toLowerCase(Locale.ROOT);
        return username.length() >= 4 ? lower.contains(username) : lower.equals(username);
    }

    /**
     * Keeps a person who signed in with a one-time password to the page that changes it (after
     * the second factor, whose page stays open); the API refuses such a password with 403. People
     * signing in through the identity provider do not use their Diwan password and pass.
     */
    static final class Gate extends OncePerRequestFilter {

        private final AuditTrail audit;

        Gate(AuditTrail audit) {
            this.audit = audit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean owed = authentication != null && authentication.getPrincipal() instanceof SignedIn
                    && AccountStanding.person(request).map(Person::passwordTemporary).orElse(false);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean open = path.equals(PAGE) || path.equals(SecondFactor.PAGE) || path.equals("/signout") || path.startsWith("/css/")
                    || path.equals("/error");
            if (!owed || open) {
                chain.doFilter(request, response);
                return;
            }
            if (path.startsWith("/api/")) {
                Subject subject = ((SignedIn) authentication.getPrincipal()).subject();
                audit.record(new AuditEvent(subject.name(), subject.organization(), "password.change-required", "person/" + subject.id(),
                        "refused", request.getRemoteAddr(), Map.of("path", path)));
                Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "password-change-required", "Password change required",
                        "this account has a one-time password; sign in on the web to choose a password, then use it here");
            } else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
        }
    }
}

package org.oic.diwan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer diwan_...}: a system's token. A bad token (malformed, unknown,
 * expired, revoked) gets 401 with a problem that says only that, an audit entry, and nothing done.
 */
final class TokenAuthentication extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final AuditTrail audit;

    TokenAuthentication(ApiTokens tokens, AuditTrail audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        ApiTokens.Check check = tokens.check(header.substring(7).strip());
        switch (check) {
            case ApiTokens.Refused refused -> {
                audit.record(new AuditEvent("token", null, "token.use", request.getRequestURI(), "refused", request.getRemoteAddr(),
                        Map.of("reason", refused.reason())));
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid-token", "Invalid token", refused.reason());
            }
            case ApiTokens.Valid valid -> {
                Subject subject = tokens.subject(valid.token());
                SecurityContextHolder.getContext().setAuthentication(new TokenHolder(subject));
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        }
    }

    /** An authenticated token, holding the subject it acts as. */
    static final class TokenHolder extends AbstractAuthenticationToken {
        private final Subject subject;

        TokenHolder(Subject subject) {
            super(java.util.List.of());
            this.subject = subject;
            setAuthenticated(true);
        }

        Subject subject() {
            return subject;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return subject.name();
        }
    }
}

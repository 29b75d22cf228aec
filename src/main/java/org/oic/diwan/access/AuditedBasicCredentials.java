package org.oic.diwan.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * Reads {@code Authorization: Basic ...}. A header that cannot even be decoded never reaches the
 * authentication provider, so no sign-in event records it: this records it as a failed sign-in
 * before Spring Security answers 401.
 */
final class AuditedBasicCredentials implements AuthenticationConverter {

    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
    private final AuditTrail audit;

    AuditedBasicCredentials(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        try {
            return basic.convert(request);
        } catch (AuthenticationException e) {
            audit.record(new AuditEvent("unknown", null, "sign-in", null, "failed", request.getRemoteAddr(),
                    Map.of("reason", "malformed credentials", "method", "basic")));
            throw e;
        }
    }
}

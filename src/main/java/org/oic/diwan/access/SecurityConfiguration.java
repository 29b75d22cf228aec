package org.oic.diwan.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.function.Supplier;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security wired to the policy: every request is authorized by its route's action
 * ({@link RoutePolicies}), unknown routes refused; people sign in with a form (Argon2id hashes,
 * throttled); the API answers 401 rather than a sign-in page; strict security headers.
 */
@Configuration
class SecurityConfiguration {

    /** No inline script or style anywhere: the pages load theirs from Diwan itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    UserDetailsService userDetailsService(People people) {
        return username -> {
            Person person = people.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
            String hash = people.passwordHash(username).orElse(null);
            return new SignedIn(people.subject(person), hash, person.enabled() && hash != null);
        };
    }

    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords, SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
                String username = String.valueOf(authentication.getPrincipal());
                Duration wait = throttle.wait(username, address);
                if (!wait.isZero()) {
                    throw new LockedException("too many failed attempts from this address; try again in " + wait.toSeconds() + " s");
                }
                try {
                    Authentication done = super.authenticate(authentication);
                    throttle.succeeded(username, address);
                    return done;
                } catch (BadCredentialsException | UsernameNotFoundException e) {
                    throttle.failed(username, address);
                    throw e;
                }
            }
        };
        provider.setPasswordEncoder(passwords);
        return provider;
    }

    /**
     * 401 as a problem that says only that credentials are missing or wrong: not which part, nor
     * whether the account exists. No {@code WWW-Authenticate: Basic}, which would make browsers
     * open their own password dialog.
     */
    static final org.springframework.security.web.AuthenticationEntryPoint UNAUTHORIZED = (request, response, e) ->
            Problems.write(response, HttpStatus.UNAUTHORIZED.value(), "unauthorized", "Unauthorized",
                    "sign in with valid credentials, or send a valid token");

    /** Only a server has requests to filter; commands start without it. */
    @Configuration
    @org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
    static class Web {

        @Bean
        SecurityFilterChain securityFilterChain(HttpSecurity http, AccessPolicy policy, Callers callers, ApiTokens tokens,
                AuditTrail audit, People people,
                org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> providers)
                throws Exception {
            AuthorizationManager<RequestAuthorizationContext> routes = new AuthorizationManager<>() {
                @Override
                public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                    HttpServletRequest request = context.getRequest();
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    return RoutePolicies.actionOf(request.getMethod(), path)
                            .map(action -> new AuthorizationDecision(policy.decide(callers.current(), action).permitted()))
                            .orElse(new AuthorizationDecision(false));
                }
            };
            PathPatternRequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
            // a route no line declares does not exist: 404 for everyone, whatever a controller says
            jakarta.servlet.Filter undeclared = (request, response, chain) -> {
                HttpServletRequest r = (HttpServletRequest) request;
                if (r.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST
                        && RoutePolicies.actionOf(r.getMethod(), r.getRequestURI().substring(r.getContextPath().length())).isEmpty()) {
                    ((jakarta.servlet.http.HttpServletResponse) response).sendError(HttpStatus.NOT_FOUND.value());
                    return;
                }
                chain.doFilter(request, response);
            };
            // in this order (filters placed before the same one keep the order they are added in): unknown
            // routes, then sessions whose account changed, then the second factor, then a one-time password
            Class<? extends jakarta.servlet.Filter> authorization = org.springframework.security.web.access.intercept.AuthorizationFilter.class;
            http.addFilterBefore(undeclared, authorization);
            http.addFilterBefore(new AccountStanding(people, audit), authorization);
            http.addFilterBefore(new SecondFactor.Gate(), authorization);
            http.addFilterBefore(new PasswordChange.Gate(audit), authorization);
            if (providers.getIfAvailable() != null) {
                // the Organization's identity provider, when one is configured (spring.security.oauth2.client.*)
                http.oauth2Login(login -> login.loginPage("/signin").failureUrl("/signin?error")
                        .userInfoEndpoint(info -> info.oidcUserService(new IdentityProviderUsers(people))));
            }
            http.addFilterBefore(new TokenAuthentication(tokens, audit),
                    org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
            http.authorizeHttpRequests(requests -> requests.anyRequest().access(routes))
                    .formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin").failureUrl("/signin?error")
                            .defaultSuccessUrl("/", false))
                    .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                    // people's accounts on the API, until systems have their tokens: same provider, same throttle
                    .httpBasic(basic -> basic.authenticationEntryPoint(UNAUTHORIZED)
                            .withObjectPostProcessor(new org.springframework.security.config.ObjectPostProcessor<
                                    org.springframework.security.web.authentication.www.BasicAuthenticationFilter>() {
                                @Override
                                public <O extends org.springframework.security.web.authentication.www.BasicAuthenticationFilter> O postProcess(
                                        O filter) {
                                    filter.setAuthenticationConverter(new AuditedBasicCredentials(audit));
                                    return filter;
                                }
                            }))
                    // the API is for systems (tokens, no cookies); CrossSiteWriteGuard refuses cross-site writes
                    .csrf(csrf -> csrf.ignoringRequestMatchers(api))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(UNAUTHORIZED, api))
                    .headers(headers -> headers
                            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(
                                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
            return http.build();
        }
    }

    /** Every sign-in, good or failed, goes into the audit trail. */
    @Configuration
    static class SignInAudit {

        private final AuditTrail audit;

        SignInAudit(AuditTrail audit) {
            this.audit = audit;
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            Authentication done = event.getAuthentication();
            if (done.getPrincipal() instanceof HasSubject s) {
                String method = done instanceof UsernamePasswordAuthenticationToken ? "password" : "identity-provider";
                audit.record(new AuditEvent(s.subject().name(), s.subject().organization(), "sign-in", "person/" + s.subject().id(),
                        "ok", address(done), java.util.Map.of("method", method)));
            }
        }

        @EventListener
        void failed(AbstractAuthenticationFailureEvent event) {
            Authentication attempt = event.getAuthentication();
            audit.record(new AuditEvent(String.valueOf(attempt.getPrincipal()), null, "sign-in", null, "failed", address(attempt),
                    java.util.Map.of("reason", event.getException().getClass().getSimpleName())));
        }

        private static String address(Authentication authentication) {
            return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        }
    }
}

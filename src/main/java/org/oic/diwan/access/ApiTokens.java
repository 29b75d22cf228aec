package org.oic.diwan.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens for other systems (a member state's foreign ministry, an organ's archive): attributed to
 * an organization, scoped, expiring, revocable; the secret is shown once and kept only as a hash.
 * A token reads what people of its organization read; the {@code import} scope also lets it import,
 * {@code publish} import as public.
 */
@Service
public class ApiTokens {

    /** What a token may do. */
    public enum Scope { READ, IMPORT, PUBLISH }

    public record Token(UUID id, String organization, String name, Set<Scope> scopes, Instant expiresAt, Instant revokedAt) {}

    public record Issued(Token token, String secret) {}

    private static final String PREFIX = "diwan_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, Organizations organizations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Transactional
    public Issued issue(String organization, String name, Set<Scope> scopes, Duration lifetime, String issuedBy) {
        if (organizations.find(organization).isEmpty()) {
            throw new IllegalArgumentException("no organization " + organization);
        }
        if (scopes.isEmpty() || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("a token needs a scope and a lifetime of at most a year");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        Instant expires = Instant.now().plus(lifetime);
        jdbc.sql("""
                insert into api_token (id, organization_code, name, token_hash, scopes, created_by, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, organization, name, hash(secret), scopes.stream().map(s -> s.name().toLowerCase()).toArray(String[]::new),
                        issuedBy, java.sql.Timestamp.from(expires))
                .update();
        audit.record(new AuditEvent(issuedBy, null, "token.issue", "token/" + id, "ok", null,
                Map.of("organization", organization, "scopes", scopes.toString(), "expires", expires.toString())));
        return new Issued(new Token(id, organization, name, Set.copyOf(scopes), expires, null), secret);
    }

    @Transactional
    public boolean revoke(UUID id, String revokedBy) {
        int changed = jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null").param(id).update();
        audit.record(new AuditEvent(revokedBy, null, "token.revoke", "token/" + id, changed == 1 ? "ok" : "unknown", null, Map.of()));
        return changed == 1;
    }

    public List<Token> all() {
        return jdbc.sql("select id, organization_code, name, scopes, expires_at, revoked_at from api_token order by created_at")
                .query((rs, n) -> token(rs))
                .list();
    }

    /** Why a presented token is refused, or the token when it is good. */
    public sealed interface Check permits Valid, Refused {}

    public record Valid(Token token) implements Check {}

    public record Refused(String reason) implements Check {}

    public Check check(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return new Refused("malformed token");
        }
        Optional<Token> found = jdbc.sql("select id, organization_code, name, scopes, expires_at, revoked_at from api_token where token_hash = ?")
                .param(hash(presented))
                .query((rs, n) -> token(rs))
                .optional();
        if (found.isEmpty()) {
            return new Refused("unknown token");
        }
        Token token = found.get();
        if (token.revokedAt() != null) {
            return new Refused("revoked token");
        }
        if (token.expiresAt().isBefore(Instant.now())) {
            return new Refused("expired token");
        }
        return new Valid(token);
    }

    /** The subject a token acts as: its organization, with the abilities of its scopes. */
    public Subject subject(Token token) {
        OrganizationKind kind = organizations.find(token.organization()).map(Organization::kind).orElse(OrganizationKind.PUBLIC);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (token.scopes().contains(Scope.IMPORT)) {
            roles.add(Role.REGISTRY_CLERK);
        }
        if (token.scopes().contains(Scope.PUBLISH)) {
            roles.add(Role.PUBLISHER); // a system publishes what its organization adopted, e.g. a registry's feed
        }
        return new Subject(Subject.Kind.TOKEN, token.id().toString(), "token:" + token.name(), token.organization(), kind, roles);
    }

    private static Token token(java.sql.ResultSet rs) throws java.sql.SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream((String[]) rs.getArray("scopes").getArray()).map(s -> Scope.valueOf(s.toUpperCase())).forEach(scopes::add);
        java.sql.Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Token(rs.getObject("id", UUID.class), rs.getString("organization_code"), rs.getString("name"), scopes,
                rs.getTimestamp("expires_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.oic.diwan.access;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: created with a one-time password, found by username, their passwords changed,
 * disabled and enabled, their roles assigned. Each change is an audit entry in its transaction.
 */
@Service
public class People {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final AuditTrail audit;

    People(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations, AuditTrail audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** A new account and its one-time password, to be changed at the first sign-in. */
    public record Created(Person person, String oneTimePassword) {}

    @Transactional
    public Created create(String username, String displayName, String organization, Set<Role> roles, String createdBy) {
        if (organizations.find(organization).isEmpty()) {
            throw new IllegalArgumentException("no organization " + organization + " (see organizations.tsv)");
        }
        if (!username.matches("[a-z0-9][a-z0-9._@-]{1,63}")) {
            throw new IllegalArgumentException("a username is 2 to 64 lower-case letters, digits and . _ @ -");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("the username " + username + " is taken");
        }
        String password = oneTimePassword();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into person (id, username, display_name, organization_code, roles, password_hash, password_temporary)
                values (?, ?, ?, ?, ?, ?, true)
                """)
                .params(id, username, displayName, organization, roles.stream().map(Role::code).toArray(String[]::new),
                        passwords.encode(password))
                .update();
        audit.record(new AuditEvent(createdBy, null, "account.create", "person/" + id, "ok", null,
                java.util.Map.of("username", username, "organization", organization,
                        "roles", codes(roles))));
        return new Created(new Person(id, username, displayName, null, organization, Set.copyOf(roles), true, true), password);
    }

    public Optional<Person> find(String username) {
        return jdbc.sql("""
                select id, username, display_name, email, organization_code, roles, enabled, password_temporary
                from person where username = ?
                """)
                .param(username)
                .query((rs, n) -> person(rs))
                .optional();
    }

    /** Every account, by username: what the administrators' page lists. */
    public List<Person> all() {
        return jdbc.sql("""
                select id, username, display_name, email, organization_code, roles, enabled, password_temporary
                from person order by username
                """)
                .query((rs, n) -> person(rs))
                .list();
    }

    private static Person person(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("organization_code"),
                roles((String[]) rs.getArray("roles").getArray()), rs.getBoolean("enabled"), rs.getBoolean("password_temporary"));
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from person where username = ? and enabled").param(username).query(String.class)
                .optional();
    }

    /** Stores a password the person chose (Argon2id): it is no longer one-time. */
    void storeChosenPassword(UUID id, String chosen) {
        jdbc.sql("update person set password_hash = ?, password_temporary = false where id = ?")
                .params(passwords.encode(chosen), id).update();
    }

    /** Disables or enables an account; a disabled person's open sessions end at their next request. */
    @Transactional
    public void setEnabled(String username, boolean enabled, String changedBy) {
        Person person = find(username).orElseThrow(() -> new IllegalArgumentException("no account " + username));
        jdbc.sql("update person set enabled = ? where id = ?").params(enabled, person.id()).update();
        audit.record(new AuditEvent(changedBy, null, enabled ? "account.enable" : "account.disable", "person/" + person.id(), "ok", null,
                java.util.Map.of("username", username)));
    }

    /** Gives an account new roles (a change of rights); the person's open sessions end at their next request. */
    @Transactional
    public void assignRoles(String username, Set<Role> roles, String changedBy) {
        Person person = find(username).orElseThrow(() -> new IllegalArgumentException("no account " + username));
        jdbc.sql("update person set roles = ? where id = ?")
                .params(roles.stream().map(Role::code).toArray(String[]::new), person.id()).update();
        audit.record(new AuditEvent(changedBy, null, "account.roles", "person/" + person.id(), "ok", null,
                java.util.Map.of("username", username, "from", codes(person.roles()), "to", codes(roles))));
    }

    private static String codes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
    }

    /** Whether any administrator exists (the first one is made by ./diwan admin create). */
    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from person where 'administrator' = any(roles))").query(Boolean.class).single();
    }

    /** The subject a person acts as. */
    public Subject subject(Person person) {
        OrganizationKind kind = organizations.find(person.organization()).map(Organization::kind).orElse(OrganizationKind.PUBLIC);
        return new Subject(Subject.Kind.PERSON, person.id().toString(), person.username(), person.organization(), kind, person.roles());
    }

    private static Set<Role> roles(String[] codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(codes).map(Role::ofCode).forEach(roles::add);
        return roles;
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

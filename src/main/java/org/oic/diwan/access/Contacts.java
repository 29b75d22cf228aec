package org.oic.diwan.access;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.oic.diwan.audit.AuditEvent;
import org.oic.diwan.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How Diwan reaches people by e-mail: their address and language, and who answers for an organization. */
@Service
public class Contacts {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]{1,255}");

    /** A person Diwan may write to, in their language ({@code ar}, {@code en}, {@code fr}). */
    public record Contact(String username, String displayName, String email, String language, String organization) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Contacts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Sets a person's e-mail address (null: none) and language; a change of contact, in the trail. */
    @Transactional
    public void set(String username, String email, String language, String changedBy) {
        if (email != null && !ADDRESS.matcher(email).matches()) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        if (!List.of("ar", "en", "fr").contains(language)) {
            throw new IllegalArgumentException("language must be ar, en or fr");
        }
        int updated = jdbc.sql("update person set email = ?, language = ? where username = ?").params(email, language, username).update();
        if (updated == 0) {
            throw new IllegalArgumentException("no account " + username);
        }
        audit.record(new AuditEvent(changedBy, null, "account.contact", "person/" + username, "ok", null, Map.of("language", language)));
    }

    /** Every person's contact, by username: the administrators' page shows each one's address and language. */
    public Map<String, Contact> all() {
        Map<String, Contact> byUsername = new java.util.LinkedHashMap<>();
        jdbc.sql("select username, display_name, email, language, organization_code from person order by username")
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list().forEach(c -> byUsername.put(c.username(), c));
        return byUsername;
    }

    /** The enabled focal points of an organization that have an e-mail address. */
    public List<Contact> focalPoints(String organization) {
        return jdbc.sql("""
                select username, display_name, email, language, organization_code from person
                where organization_code = ? and enabled and email is not null and ? = any(roles) order by username
                """).params(organization, Role.FOCAL_POINT.code())
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}

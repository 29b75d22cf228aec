package org.oic.diwan.access;

import java.util.Set;

/**
 * Who is asking: nobody signed in (the public), a person, a system with an API token, or the
 * operator of the data folder (the command line).
 *
 * @param id the person's or token's id, or {@code public} / {@code operator}
 * @param name what the audit trail and the pages show
 * @param organization the organization's code ({@code PUBLIC} for the public)
 */
public record Subject(Kind kind, String id, String name, String organization, OrganizationKind organizationKind, Set<Role> roles) {

    public enum Kind { PUBLIC, PERSON, TOKEN, OPERATOR }

    public static final Subject PUBLIC = new Subject(Kind.PUBLIC, "public", "public", "PUBLIC", OrganizationKind.PUBLIC, Set.of());
    public static final Subject OPERATOR = new Subject(Kind.OPERATOR, "operator", "operator", "GS", OrganizationKind.SECRETARIAT,
            Set.of());

    public Subject {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the subject has the role of this code ({@code registry-clerk}): for templates, which cannot name an enum. */
    public boolean hasRole(String code) {
        return roles.stream().anyMatch(r -> r.code().equals(code));
    }

    public boolean signedIn() {
        return kind == Kind.PERSON || kind == Kind.TOKEN;
    }
}

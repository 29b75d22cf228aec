package org.oic.diwan.access;

import java.util.Set;
import java.util.UUID;

/** A person with an account: the organization they belong to and their roles. */
public record Person(UUID id, String username, String displayName, String email, String organization, Set<Role> roles,
        boolean enabled, boolean passwordTemporary) {}

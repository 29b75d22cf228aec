package org.oic.diwan.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person as Spring Security holds it: the subject the policy decides for. */
final class SignedIn implements UserDetails, HasSubject {

    private final Subject subject;
    private final String passwordHash;
    private final boolean enabled;

    SignedIn(Subject subject, String passwordHash, boolean enabled) {
        this.subject = subject;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public Subject subject() {
        return subject;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new java.util.ArrayList<>();
        subject.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return subject.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}

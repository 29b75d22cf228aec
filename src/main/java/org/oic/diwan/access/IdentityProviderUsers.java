package org.oic.diwan.access;

import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * People signing in through the Organization's identity provider (OpenID Connect): the provider
 * says who they are; Diwan's account of the same username says their organization and roles.
 * Someone the provider knows but Diwan does not is refused: the provider does not hand out rights.
 */
final class IdentityProviderUsers extends OidcUserService {

    private final People people;

    IdentityProviderUsers(People people) {
        this.people = people;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getEmail();
        Person person = username == null ? null : people.find(username.toLowerCase(java.util.Locale.ROOT)).orElse(null);
        if (person == null || !person.enabled()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unknown_person", "no Diwan account for this person", null));
        }
        return new SignedInThroughProvider(people.subject(person), user);
    }

    /** A person signed in through the identity provider. */
    static final class SignedInThroughProvider extends DefaultOidcUser implements HasSubject {
        private final Subject subject;

        SignedInThroughProvider(Subject subject, OidcUser user) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo(), "preferred_username");
            this.subject = subject;
        }

        @Override
        public Subject subject() {
            return subject;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return super.getAttributes();
        }
    }
}

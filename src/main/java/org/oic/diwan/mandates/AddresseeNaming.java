package org.oic.diwan.mandates;

import org.oic.diwan.access.Organization;
import org.oic.diwan.access.Organizations;
import org.oic.diwan.text.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The name of an addressee or a responsible organization in a language: an organization by its
 * own name, a group (the member states, the Secretary General) or a body outside the Organization
 * from the message bundles ({@code addressee.SG}), else its code. The pages and the report share it.
 */
@Component
public class AddresseeNaming {

    private final Organizations organizations;
    private final MessageSource messages;

    AddresseeNaming(Organizations organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    public String name(String code, Language language) {
        return organizations.find(code).map(o -> name(o, language))
                .orElseGet(() -> messages.getMessage("addressee." + code, null, code, language.locale()));
    }

    private static String name(Organization o, Language language) {
        return switch (language) {
            case AR -> o.nameAr();
            case FR -> o.nameFr();
            default -> o.nameEn();
        };
    }
}

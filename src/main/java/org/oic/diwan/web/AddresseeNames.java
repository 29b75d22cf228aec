package org.oic.diwan.web;

import java.util.List;
import java.util.Locale;
import org.oic.diwan.access.Organization;
import org.oic.diwan.access.Organizations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of addressees in the page's language: an organization by its name, a group (the member
 * states, the Secretary General) and a body outside the Organization from the message bundles,
 * else its code. Used by the templates as {@code @addresseeNames}.
 */
@Component("addresseeNames")
public class AddresseeNames {

    private final Organizations organizations;
    private final MessageSource messages;

    AddresseeNames(Organizations organizations, MessageSource messages) {
        this.organizations = organizations;
        this.messages = messages;
    }

    public String name(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return organizations.find(code).map(o -> name(o, locale))
                .orElseGet(() -> messages.getMessage("addressee." + code, null, code, locale));
    }

    public String names(List<String> codes) {
        return String.join(" · ", codes.stream().map(this::name).toList());
    }

    private static String name(Organization o, Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> o.nameAr();
            case "fr" -> o.nameFr();
            default -> o.nameEn();
        };
    }
}

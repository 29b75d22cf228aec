package org.oic.diwan.web;

import java.util.List;
import org.oic.diwan.mandates.AddresseeNaming;
import org.oic.diwan.text.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of addressees in the page's language ({@link AddresseeNaming}), for the templates as
 * {@code @addresseeNames}.
 */
@Component("addresseeNames")
public class AddresseeNames {

    private final AddresseeNaming naming;

    AddresseeNames(AddresseeNaming naming) {
        this.naming = naming;
    }

    public String name(String code) {
        Language language = Language.ofCode(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
        return naming.name(code, language);
    }

    public String names(List<String> codes) {
        return String.join(" · ", codes.stream().map(this::name).toList());
    }
}

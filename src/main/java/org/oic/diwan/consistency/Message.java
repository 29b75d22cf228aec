package org.oic.diwan.consistency;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A finding's message in the three languages, from {@code consistency/findings*.properties}. */
public record Message(String en, String fr, String ar) {

    /** The message of a finding's kind, with its arguments, from the findings bundle. */
    public static Message of(String kind, Object... arguments) {
        return new Message(format(kind, Locale.ENGLISH, arguments), format(kind, Locale.FRENCH, arguments),
                format(kind, Locale.forLanguageTag("ar"), arguments));
    }

    private static String format(String kind, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("consistency.findings", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat format = new MessageFormat(bundle.getString(kind), locale);
        return format.format(arguments);
    }
}

package org.oic.diwan.mandates.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.oic.diwan.mandates.FollowUpStatus;
import org.oic.diwan.text.Language;

/**
 * The report's own wording in one language, from {@code mandates/report-messages*.properties}
 * (kept apart from the web application's messages so the two evolve independently).
 * A missing key fails the render: a published document must never show a key in brackets.
 */
final class ReportMessages {

    private static final String BUNDLE = "mandates.report-messages";

    private final Language language;
    private final ResourceBundle bundle;

    private ReportMessages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static ReportMessages of(Language language) {
        // No fallback to the JVM's default locale: an English report on a French server stays English.
        // The root bundle is English; properties bundles are read as UTF-8 (Java 9+).
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                language == Language.EN ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportMessages(language, bundle);
    }

    /**
     * The wording under {@code key}, its {@code {0}}-style slots filled in. Numbers stay numbers so
     * a pattern may choose a plural; they are written with the root locale, hence Latin digits in
     * all three languages (an Arabic locale could write Arabic-Indic ones).
     */
    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No wording for '" + key + "' in " + language, e);
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof Number ? arguments[i] : String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(written);
    }

    String status(FollowUpStatus status) {
        return text("status." + status.label());
    }
}

package org.oic.diwan.text;

import java.util.Locale;
import java.util.Optional;

/** The official languages of the Organization: Arabic, English, French. */
public enum Language {
    AR("ar", true),
    EN("en", false),
    FR("fr", false);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    /** The ISO 639-1 code, as used in URLs, JSON and the {@code lang} attribute. */
    public String code() {
        return code;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The value of the HTML {@code dir} attribute for text in this language. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}

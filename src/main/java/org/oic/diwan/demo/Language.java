package org.oic.diwan.demo;

/** The three official languages in which every generated resolution is rendered. */
enum Language {
    AR("ar", "rtl"),
    EN("en", "ltr"),
    FR("fr", "ltr");

    private final String code;
    private final String direction;

    Language(String code, String direction) {
        this.code = code;
        this.direction = direction;
    }

    /** The ISO 639-1 code used in file names and in the HTML {@code lang} attribute. */
    public String code() {
        return code;
    }

    /** The writing direction declared in the HTML {@code dir} attribute. */
    public String direction() {
        return direction;
    }
}

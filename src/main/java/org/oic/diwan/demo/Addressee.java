package org.oic.diwan.demo;

/**
 * Someone an operative paragraph is addressed to.
 *
 * @param key the identifier used in the vocabulary files
 * @param category what kind of addressee it is, which decides the verbs that suit it
 * @param name the name with its article ("the member states", "les États membres", "الدول الأعضاء")
 * @param possessive the possessive for "its/their efforts": "its", "ses", and the Arabic
 *     pronoun suffix ("ه" or "ها")
 */
record Addressee(String key, Category category, Phrase name, Phrase possessive) {

    /** Whether an English text already names this addressee, by its abbreviation or its name. */
    boolean namedIn(String english) {
        String bare = name.en().replaceFirst("^the ", "").replaceFirst(" \\([^)]*\\)$", "");
        return english.contains(key) || english.contains(bare);
    }

    /** The kinds of addressee; a council instructs its secretariat but only urges states. */
    enum Category {
        SECRETARY_GENERAL,
        SECRETARIAT,
        DEPARTMENT,
        MEMBER_STATES,
        INSTITUTION
    }
}

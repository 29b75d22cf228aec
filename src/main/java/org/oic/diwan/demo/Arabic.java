package org.oic.diwan.demo;

import java.util.Set;

/** Arabic prefixes and digits, which attach to or rewrite the words of the vocabulary. */
final class Arabic {

    // Words of the verb phrases whose final ـه refers to the adopting body.
    private static final Set<String> SUBJECT_PRONOUN_WORDS = Set.of("منه", "اعتباره", "تقديره", "امتنانه");

    private Arabic() {
    }

    /**
     * Joins a connector and the text it governs. A connector ending in a space is a separate
     * word ("من "); otherwise it is a prefix ("ب", "ل") and is written attached.
     */
    static String connect(String connector, String text) {
        if (connector.isEmpty() || connector.endsWith(" ")) {
            return connector + text;
        }
        return attach(connector, text);
    }

    /**
     * Attaches a one-letter prefix. لـ before the article drops the article's alif (للدول), and
     * before a word that itself starts with lam it also merges the two lams (للجنة).
     */
    static String attach(String prefix, String word) {
        if (prefix.equals("ل") && word.startsWith("ال")) {
            String rest = word.substring(2);
            return rest.startsWith("ل") ? "ل" + rest : "لل" + rest;
        }
        return prefix + word;
    }

    /**
     * Turns a verb phrase with a masculine subject into the feminine: present-tense verbs take
     * تـ instead of يـ, and the pronoun ـه referring to the subject becomes ـها. Only for the
     * vocabulary's own verb phrases, where every word starting with ي is such a verb.
     */
    static String feminine(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length() + 4);
        for (String word : phrase.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (word.length() > 2 && word.charAt(0) == 'ي') {
                out.append('ت').append(word, 1, word.length());
            } else if (SUBJECT_PRONOUN_WORDS.contains(word)) {
                out.append(word).append('ا');
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    /** Rewrites ASCII digits as Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩). */
    static String indicDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}

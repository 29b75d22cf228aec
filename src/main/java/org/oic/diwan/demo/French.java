package org.oic.diwan.demo;

import java.util.Locale;

/** French contractions and elisions, which the vocabulary cannot spell out in advance. */
final class French {

    private static final String VOWEL_SOUNDS = "aeiouyàâäéèêëîïôöùûüœæh";

    private French() {
    }

    /** "de" before a noun phrase or an infinitive: du, des, de la, de l', d'. */
    static String de(String text) {
        if (text.startsWith("les ")) {
            return "des " + text.substring(4);
        }
        if (text.startsWith("le ")) {
            return "du " + text.substring(3);
        }
        if (startsWithVowelSound(text)) {
            return "d'" + text;
        }
        return "de " + text;
    }

    /** "à" before a noun phrase: au, aux, à la, à l'. */
    static String a(String text) {
        if (text.startsWith("les ")) {
            return "aux " + text.substring(4);
        }
        if (text.startsWith("le ")) {
            return "au " + text.substring(3);
        }
        return "à " + text;
    }

    /** "que" before a clause, elided before a vowel. */
    static String que(String clause) {
        return startsWithVowelSound(clause) ? "qu'" + clause : "que " + clause;
    }

    /** Drops the article of a name printed on its own, as in a header: "la République du Sénégal". */
    static String withoutArticle(String text) {
        String bare;
        if (text.startsWith("les ")) {
            bare = text.substring(4);
        } else if (text.startsWith("le ") || text.startsWith("la ")) {
            bare = text.substring(3);
        } else if (text.startsWith("l'")) {
            bare = text.substring(2);
        } else {
            bare = text;
        }
        return capitalize(bare);
    }

    static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.FRENCH);
    }

    private static boolean startsWithVowelSound(String text) {
        return !text.isEmpty() && VOWEL_SOUNDS.indexOf(Character.toLowerCase(text.charAt(0))) >= 0;
    }
}

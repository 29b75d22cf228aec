package org.oic.diwan.mandates;

import java.util.List;
import org.oic.diwan.reading.Phrases;

/** What a paragraph may ask its addressees to do, from {@code mandates/actions.tsv}. */
final class Actions {

    /** Phrases that hold an action's name but ask nothing: "in coordination with". */
    static final String NOT_AN_ACTION = "-";

    private static final Actions INSTANCE = new Actions();

    private final Phrases<String> phrases = new Phrases<>();

    private Actions() {
        for (DataFile.Entry entry : DataFile.read("actions.tsv")) {
            for (String name : entry.names()) {
                phrases.add(name, entry.code());
                // "continue organizing", "cooperate in developing": the English verb as a gerund
                if (name.matches("[a-z]+")) {
                    for (String gerund : gerunds(name)) {
                        phrases.add(gerund, entry.code());
                    }
                }
                // Arabic verbal nouns come with or without the article: متابعة, المتابعة.
                if (isArabic(name)) {
                    phrases.add(name.startsWith("ال") ? name.substring(2) : "ال" + name, entry.code());
                }
            }
        }
    }

    static Actions get() {
        return INSTANCE;
    }

    List<Phrases.Found<String>> in(String text) {
        return phrases.in(text);
    }


    /** organize: organizing; develop: developing; submit: submitting (and a harmless misspelling). */
    static List<String> gerunds(String verb) {
        if (verb.endsWith("ee") || !verb.endsWith("e")) {
            char last = verb.charAt(verb.length() - 1);
            return "aeiouwxy".indexOf(last) < 0 ? List.of(verb + "ing", verb + last + "ing") : List.of(verb + "ing");
        }
        return List.of(verb.substring(0, verb.length() - 1) + "ing");
    }

    private static boolean isArabic(String name) {
        return !name.isEmpty() && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }
}

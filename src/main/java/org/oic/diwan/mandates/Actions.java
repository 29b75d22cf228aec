package org.oic.diwan.mandates;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.oic.diwan.reading.Phrases;

/** What a paragraph may ask its addressees to do, from {@code mandates/actions.tsv}. */
final class Actions {

    /** Phrases that hold an action's name but ask nothing: "in coordination with". */
    static final String NOT_AN_ACTION = "-";

    private static final Actions INSTANCE = new Actions();

    private final Phrases<String> phrases = new Phrases<>();
    private final Set<String> known = new TreeSet<>();

    private Actions() {
        for (DataFile.Entry entry : DataFile.read("actions.tsv")) {
            if (!entry.code().equals(NOT_AN_ACTION)) {
                known.add(entry.code());
            }
            for (String name : entry.names()) {
                phrases.add(name, entry.code());
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

    /** Every canonical action, for tests and for filters. */
    Set<String> all() {
        return known;
    }

    private static boolean isArabic(String name) {
        return !name.isEmpty() && Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }
}

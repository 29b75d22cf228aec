package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * A dictionary of phrases for other modules, found in a text the way the reader finds names:
 * case, accents, Arabic letter variants, diacritics and spacing do not matter, Arabic proclitics
 * (و ب ل ف ك) may be joined to a phrase, and where phrases overlap the longest wins.
 *
 * @param <V> what a phrase stands for
 */
public final class Phrases<V> {

    /** A phrase found, in offsets of the text as given: [start, end). */
    public record Found<V>(V value, int start, int end) {}

    private final PhraseTrie<V> trie = new PhraseTrie<>();

    /** Adds a phrase; the first value given for a spelling is kept. */
    public Phrases<V> add(String phrase, V value) {
        trie.add(phrase, value);
        return this;
    }

    /** Every phrase in the text, leftmost first. */
    public List<Found<V>> in(String text) {
        FoldedText folded = FoldedText.of(text);
        List<Found<V>> found = new ArrayList<>();
        for (PhraseTrie.Match<V> m : trie.findAll(folded, PhraseTrie.Edges.WORD, true)) {
            found.add(new Found<>(m.value(), folded.originalStart(m.start()), folded.originalEnd(m.end())));
        }
        return found;
    }
}

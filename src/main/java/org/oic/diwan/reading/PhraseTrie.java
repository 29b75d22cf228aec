package org.oic.diwan.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A dictionary of names, found in a folded text in one pass.
 *
 * <p>Names are compared by skeleton: folded, without the separators that printings use freely
 * inside a name (spaces, hyphens, apostrophes, commas), and with doubled Latin letters written once
 * ({@code Makkah}/{@code Makah}, {@code Shaaban}/{@code Shaban}, {@code Dhul-Hijjah}/{@code Dhul Hijja}).
 * The letter i is never merged, so that {@code Rabi I} and {@code Rabi II} stay two months.
 *
 * <p>Matching walks the trie from each word start at most as far as the longest name, so a text
 * is read in time proportional to its length, whatever it holds.
 *
 * @param <V> what a name stands for
 */
final class PhraseTrie<V> {

    /** How a name must stand in the text. */
    enum Edges {
        /** Not touching a letter or a digit on either side: {@code CFM}, not {@code CFMX} nor {@code CFM2}. */
        WORD,
        /** Not touching a letter; digits may touch, as in {@code 16mars} or the damaged {@code 2022نوفمبر}. */
        LETTERS
    }

    /** Letters that Arabic writes joined to the next word: and, so, with/in, for/to, like. */
    private static final String ARABIC_PROCLITICS = "وفبلك";

    /** How many separators in a row may stand inside a name (" - " is three). */
    private static final int MAX_SEPARATORS = 3;

    private final Node<V> root = new Node<>();

    /** A name found, in folded offsets [start, end). */
    record Match<V>(V value, int start, int end) {}

    private static final class Node<V> {
        private final Map<Character, Node<V>> children = new HashMap<>(4);
        private V value;
        /** The value of an Arabic name whose article lost its alef after the preposition ل (للمؤتمر). */
        private V afterLam;
    }

    /** Adds a name; the first value given for a skeleton is kept. */
    void add(String name, V value) {
        String skeleton = skeleton(name);
        if (skeleton.isEmpty()) {
            throw new IllegalArgumentException("a name with no letters: '" + name + "'");
        }
        Node<V> node = insert(skeleton);
        if (node.value == null) {
            node.value = value;
        }
        // ل + ال is written لل: "للمؤتمر الإسلامي" holds "المؤتمر الإسلامي" after the preposition.
        if (skeleton.length() > 2 && skeleton.charAt(0) == '\u0627' && skeleton.charAt(1) == '\u0644') {
            Node<V> lam = insert(skeleton.substring(1));
            if (skeleton.charAt(2) == '\u0644') {
                // ل + اللجنة is للجنة: the preposition cannot be told from the article, the whole word is the name.
                if (lam.value == null) {
                    lam.value = value;
                }
            } else if (lam.afterLam == null) {
                lam.afterLam = value;
            }
        }
    }

    private Node<V> insert(String skeleton) {
        Node<V> node = root;
        for (int i = 0; i < skeleton.length(); i++) {
            node = node.children.computeIfAbsent(skeleton.charAt(i), k -> new Node<>());
        }
        return node;
    }

    /** The name as the trie compares it. */
    static String skeleton(String name) {
        FoldedText folded = FoldedText.of(name);
        StringBuilder out = new StringBuilder(folded.length());
        char last = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            if (mergesWith(c, last)) {
                continue;
            }
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\'' || c == ',';
    }

    private static boolean mergesWith(char c, char previous) {
        return c == previous && c >= 'a' && c <= 'z' && c != 'i';
    }

    /** Every name in the text, leftmost first, the longest where several start at one word. */
    List<Match<V>> findAll(FoldedText text, Edges edges, boolean arabicProclitics) {
        return findAll(text, edges, arabicProclitics, m -> true);
    }

    /**
     * Every name in the text that the caller accepts; after a refused match the search goes on at
     * the next word, so that a refused "la Mecque" still leaves "Mecque".
     */
    List<Match<V>> findAll(FoldedText text, Edges edges, boolean arabicProclitics, Predicate<Match<V>> accept) {
        List<Match<V>> found = new ArrayList<>();
        int n = text.length();
        int p = 0;
        while (p < n) {
            if (!startsWord(text, p, edges)) {
                p++;
                continue;
            }
            Match<V> best = longestAt(text, p, edges, arabicProclitics);
            if (best != null && accept.test(best)) {
                found.add(best);
                p = best.end();
            } else {
                // The rest of this word cannot start a name.
                p++;
                while (p < n && FoldedText.isLetter(text.charAt(p)) && FoldedText.isLetter(text.charAt(p - 1))) {
                    p++;
                }
            }
        }
        return found;
    }

    /** The longest name at a word start, trying it also after one or two Arabic proclitics. */
    Match<V> longestAt(FoldedText text, int p, Edges edges, boolean arabicProclitics) {
        Match<V> best = walk(text, p, edges, false);
        if (arabicProclitics && isProclitic(text.at(p))) {
            for (int skip = 1; skip <= 2; skip++) {
                int start = p + skip;
                if (start >= text.length() || !FoldedText.isArabicLetter(text.charAt(start))) {
                    break;
                }
                Match<V> m = walk(text, start, edges, text.charAt(start - 1) == '\u0644');
                if (m != null && (best == null || m.end() > best.end())) {
                    best = m;
                }
                if (!isProclitic(text.charAt(start))) {
                    break;
                }
            }
        }
        return best;
    }

    /** The longest name starting exactly at p (no start boundary required), or null. */
    Match<V> at(FoldedText text, int p, Edges edges) {
        return walk(text, p, edges, false);
    }

    private static boolean isProclitic(char c) {
        return ARABIC_PROCLITICS.indexOf(c) >= 0;
    }

    private static boolean startsWord(FoldedText text, int p, Edges edges) {
        char c = text.charAt(p);
        if (!FoldedText.isLetterOrDigit(c)) {
            return false;
        }
        char before = text.at(p - 1);
        return edges == Edges.WORD ? !FoldedText.isLetterOrDigit(before) : !FoldedText.isLetter(before);
    }

    private static boolean endsWord(FoldedText text, int end, Edges edges) {
        char after = text.at(end);
        return edges == Edges.WORD ? !FoldedText.isLetterOrDigit(after) : !FoldedText.isLetter(after);
    }

    private Match<V> walk(FoldedText text, int start, Edges edges, boolean afterLam) {
        Node<V> node = root;
        int n = text.length();
        int p = start;
        char last = 0;
        int separators = 0;
        // Whether a space, hyphen or comma was skipped since the last letter: an apostrophe stays inside a word.
        boolean betweenWords = false;
        V bestValue = null;
        int bestEnd = -1;
        while (p < n) {
            char c = text.charAt(p);
            if (isSeparator(c)) {
                if (p == start || ++separators > MAX_SEPARATORS) {
                    break;
                }
                betweenWords |= c != '\'';
                p++;
                continue;
            }
            if (mergesWith(c, last)) {
                p++;
                if (!betweenWords) {
                    // "Makkah" read as "Makah", "Sana'a" as "Sana": the name may end after the doubled letter.
                    V v = valueOf(node, afterLam);
                    if (v != null && endsWord(text, p, edges)) {
                        bestValue = v;
                        bestEnd = p;
                    }
                }
                separators = 0;
                betweenWords = false;
                continue;
            }
            Node<V> next = node.children.get(c);
            if (next == null) {
                break;
            }
            node = next;
            last = c;
            separators = 0;
            betweenWords = false;
            p++;
            V v = valueOf(node, afterLam);
            if (v != null && endsWord(text, p, edges)) {
                bestValue = v;
                bestEnd = p;
            }
        }
        return bestValue == null ? null : new Match<>(bestValue, start, bestEnd);
    }

    private static <V> V valueOf(Node<V> node, boolean afterLam) {
        if (node.value != null) {
            return node.value;
        }
        return afterLam ? node.afterLam : null;
    }
}

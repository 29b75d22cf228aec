package org.oic.diwan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person typed, as clauses: plain words, "quoted phrases", {@code -exclusions} and
 * alternatives joined by {@code OR}. Never fails: an unclosed quote closes at the end, a lone
 * {@code -} or {@code OR} is ignored.
 */
record QueryText(List<Clause> clauses) {

    /** A word that names a document or resolution: {@code CFM-49}, {@code OIC/CFM-49/2023/IT}, {@code 1/49-IT}. */
    private static final Pattern SYMBOL_LIKE = Pattern.compile(
            ".*[/].*|[A-Za-z]{2,}[-‐–][0-9٠-٩]{1,3}([-/].*)?|[0-9٠-٩]{1,3}/[0-9٠-٩]{1,3}(-.*)?");

    enum Kind { WORD, PHRASE, SYMBOL }

    /**
     * A clause. {@code alternatives} holds the clauses joined to this one by OR (empty when none).
     */
    record Clause(Kind kind, String text, boolean excluded, List<Clause> alternatives) {
        Clause(Kind kind, String text, boolean excluded) {
            this(kind, text, excluded, List.of());
        }
    }

    static QueryText parse(String input) {
        List<Clause> clauses = new ArrayList<>();
        if (input == null) {
            return new QueryText(clauses);
        }
        String text = input.strip();
        int i = 0;
        boolean pendingOr = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = true;
                i++;
                c = text.charAt(i);
            }
            Clause clause;
            if (c == '"' || c == '«' || c == '“') {
                char close = c == '«' ? '»' : c == '“' ? '”' : '"';
                int end = text.indexOf(close, i + 1);
                if (end < 0) {
                    end = text.length();
                }
                String phrase = text.substring(i + 1, end).strip();
                i = Math.min(text.length(), end + 1);
                if (phrase.isEmpty()) {
                    continue;
                }
                clause = new Clause(Kind.PHRASE, phrase, excluded);
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                i = end;
                if (word.equals("OR") || word.equals("|")) {
                    pendingOr = !clauses.isEmpty();
                    continue;
                }
                word = trimPunctuation(word);
                if (word.isEmpty() || word.equals("-")) {
                    continue;
                }
                clause = new Clause(SYMBOL_LIKE.matcher(word).matches() ? Kind.SYMBOL : Kind.WORD, word, excluded);
            }
            if (pendingOr && !clause.excluded() && !clauses.getLast().excluded()) {
                Clause previous = clauses.removeLast();
                List<Clause> alternatives = new ArrayList<>(previous.alternatives());
                alternatives.add(clause);
                clauses.add(new Clause(previous.kind(), previous.text(), false, List.copyOf(alternatives)));
            } else {
                clauses.add(clause);
            }
            pendingOr = false;
        }
        return new QueryText(List.copyOf(clauses));
    }

    /** Punctuation around a word is not part of it, except what symbols and numbers carry. */
    private static String trimPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isEdgePunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && isEdgePunctuation(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isEdgePunctuation(char c) {
        return ",;:!?()[]{}«»\"“”،؛؟.".indexOf(c) >= 0;
    }

    boolean isEmpty() {
        return clauses.stream().noneMatch(c -> !c.excluded());
    }
}

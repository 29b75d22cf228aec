package org.oic.diwan.text;

import java.text.Normalizer;

/**
 * The normal form in which Diwan keeps a version's text: what every later reading and every
 * character offset refers to.
 *
 * <p>It removes only what carries no content: byte-order marks, bidirectional controls,
 * zero-width spaces, soft hyphens and stray control characters; it turns Arabic presentation
 * forms (which PDF extraction produces) into the letters they show, unifies line ends, and
 * composes to NFC. Digits, tatweel, punctuation and spacing are left as printed.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    public static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < length && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else if (c == '\u000B') {
                out.append('\n');
            } else if (isInvisibleFormatting(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                // dropped: carries no content, and would split words and symbols for every reader
            } else if (isArabicPresentationForm(c)) {
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isInvisibleFormatting(char c) {
        return c == '\uFEFF' // byte-order mark, zero-width no-break space
                || c == '\u200B' // zero-width space
                || c == '\u2060' // word joiner
                || c == '\u00AD' // soft hyphen
                || c == '\u200E' || c == '\u200F' || c == '\u061C' // directional marks
                || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069'); // isolates
    }

    private static boolean isArabicPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
    }
}

package org.oic.diwan.reading;

/**
 * Arabic-Indic, Persian and full-width digits as ASCII digits.
 *
 * <p>One char maps to one char, so a string converted here keeps every offset of the original:
 * a date found at [10, 20) in the converted string is at [10, 20) in the printed one.
 */
public final class Digits {

    private Digits() {}

    /** The ASCII digit for any decimal digit printed in Arabic, Persian or full-width form; other chars unchanged. */
    static char ascii(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        return c;
    }

    /** The text with its digits in ASCII, of the same length. */
    public static String ascii(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ascii(text.charAt(i));
        }
        return new String(out);
    }

    static boolean isAscii(char c) {
        return c >= '0' && c <= '9';
    }
}

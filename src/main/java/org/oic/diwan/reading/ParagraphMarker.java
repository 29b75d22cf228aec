package org.oic.diwan.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark that opens a numbered, lettered or bulleted paragraph, as printed in the genre:
 * {@code 1.}, {@code 1-}, {@code - 1.}, {@code - 1-}, {@code -4}, {@code (1)}, {@code 1)},
 * {@code ١.}, bullets, and lettered sections {@code (a)}, {@code (أ)}, {@code (هـ)}, {@code A.}.
 *
 * @param kind what the mark is
 * @param number the number in Latin digits, or the letter, or empty for a bullet
 * @param length how many characters of the (markup-free) line the mark takes, spaces included
 */
record ParagraphMarker(Kind kind, String number, int length) {

    enum Kind {
        NUMBER,
        LETTER,
        BULLET
    }

    // A number must not be followed by a digit, so that "16-17 mars" never reads as item 16.
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[-–—•●▪*]\\s*)?(?:\\(\\s*([0-9٠-٩۰-۹]{1,3})\\s*\\)|([0-9٠-٩۰-۹]{1,3})\\s*(?:[.)]|[-–](?=\\s|$)))(?!\\s*[0-9٠-٩۰-۹])\\s*");
    private static final Pattern DASH_NUMBER = Pattern.compile("^[-–]\\s?([0-9٠-٩۰-۹]{1,3})(?=\\s)\\s*");
    private static final Pattern LETTERED = Pattern.compile(
            "^(?:[-–•]\\s*)?(?:\\(\\s*([a-z]|[ivx]{1,4}|هـ|[\\u0621-\\u064A])\\s*\\)|([a-z]|[ivx]{1,4})\\)|([A-Z]|[IVX]{2,5})\\.(?=\\s))\\s*");
    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•●▪◦*]|o(?=\\s))\\s*");

    static Optional<ParagraphMarker> of(String line) {
        Matcher m = NUMBERED.matcher(line);
        if (m.find()) {
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new ParagraphMarker(Kind.NUMBER, latin(digits), m.end()));
        }
        m = DASH_NUMBER.matcher(line);
        if (m.find()) {
            return Optional.of(new ParagraphMarker(Kind.NUMBER, latin(m.group(1)), m.end()));
        }
        m = LETTERED.matcher(line);
        if (m.find()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return Optional.of(new ParagraphMarker(Kind.LETTER, letter, m.end()));
        }
        m = BULLET.matcher(line);
        if (m.find() && m.end() < line.length()) {
            return Optional.of(new ParagraphMarker(Kind.BULLET, "", m.end()));
        }
        return Optional.empty();
    }

    private static String latin(String digits) {
        return String.valueOf(Integer.parseInt(Digits.ascii(digits)));
    }
}

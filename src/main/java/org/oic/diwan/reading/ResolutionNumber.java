package org.oic.diwan.reading;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolution's number as printed ({@code 1/49-IT}, {@code N°1/49-IT}, {@code IT-49/1},
 * {@code 38/1-إع}, {@code 38/1 - إع}) and the key its language versions share ({@code 49/1}).
 *
 * <p>English and French print number/session ({@code 1/49}), Arabic session/number
 * ({@code 38/1}); when the session is known, the part equal to it settles the order.
 */
public record ResolutionNumber(String printed, int session, int number, String topic) {

    private static final String DIGITS = "[0-9٠-٩۰-۹]{1,3}";
    /** A topic code: IT, POL, S&T, C.S. */
    private static final String TOPIC = "[A-Z](?:[A-Z&]|\\.(?=[A-Z])){0,7}";
    private static final Pattern TOPIC_FIRST = Pattern.compile(
            "\\b(" + TOPIC + ")\\s*[-–]\\s*(" + DIGITS + ")\\s*/\\s*(" + DIGITS + ")(?![0-9٠-٩])");
    private static final Pattern NUMBERS_FIRST = Pattern.compile(
            "(?<![0-9٠-٩/])(" + DIGITS + ")\\s*/\\s*(" + DIGITS + ")(?:\\s*[-–]\\s*(" + TOPIC + "|[\\u0621-\\u064A]{1,3}(?:\\s[\\u0621-\\u064A]{1,2})?))?(?![0-9٠-٩/])");

    /** The key shared by the language versions: session/number. */
    public String key() {
        return session + "/" + number;
    }

    /** A resolution number typed alone (a search): Arabic order when written with Arabic letters or digits. */
    public static Optional<ResolutionNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        boolean arabic = typed.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        return in(typed.strip(), OptionalInt.empty(), arabic);
    }

    /**
     * The resolution number printed in a heading line, if any.
     *
     * @param sessionOrdinal the session, when already known, to tell number from session
     * @param arabic whether the line is Arabic (session/number) rather than English or French
     */
    static Optional<ResolutionNumber> in(String line, OptionalInt sessionOrdinal, boolean arabic) {
        Matcher m = TOPIC_FIRST.matcher(line);
        if (m.find()) {
            return Optional.of(new ResolutionNumber(m.group().strip(), value(m.group(2)), value(m.group(3)), m.group(1)));
        }
        m = NUMBERS_FIRST.matcher(line);
        if (m.find()) {
            int a = value(m.group(1));
            int b = value(m.group(2));
            boolean sessionFirst;
            if (sessionOrdinal.isPresent() && a == sessionOrdinal.getAsInt() && b != a) {
                sessionFirst = true;
            } else if (sessionOrdinal.isPresent() && b == sessionOrdinal.getAsInt()) {
                sessionFirst = false;
            } else {
                sessionFirst = arabic;
            }
            String topic = m.group(3) == null ? null : m.group(3).strip();
            return Optional.of(new ResolutionNumber(m.group().strip(), sessionFirst ? a : b, sessionFirst ? b : a, topic));
        }
        return Optional.empty();
    }

    private static int value(String digits) {
        return Integer.parseInt(Digits.ascii(digits));
    }
}

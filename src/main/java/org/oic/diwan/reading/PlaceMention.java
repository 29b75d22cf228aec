package org.oic.diwan.reading;

import java.util.Objects;

/**
 * A city where a session met, named in a text.
 *
 * @param city the city's canonical English name ({@code Makkah}, {@code Astana})
 * @param country the country's English name ({@code Saudi Arabia}, {@code Kazakhstan})
 * @param start where the name starts in the text, after any Arabic proclitic (بالرياض)
 * @param end just after the name
 */
public record PlaceMention(String city, String country, int start, int end) {

    public PlaceMention {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        }
    }
}

package org.oic.diwan.reading;

/**
 * An ordinal number of a session found in a text ("Forty-Ninth", "49TH", "49ème", "quarante-neuvième", "التاسعة والأربعين").
 *
 * @param value the number, e.g. 49
 * @param start where it starts in the text, after any Arabic proclitic (و، ب، ل)
 * @param end just after it, suffix and superscript markup included ({@code 49^{ÈME}})
 */
public record OrdinalMention(int value, int start, int end) {

    public OrdinalMention {
        if (value < 1) {
            throw new IllegalArgumentException("an ordinal is at least 1: " + value);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
        }
    }
}

package org.oic.diwan.reading;

import java.time.LocalDate;
import java.util.List;
import org.oic.diwan.text.Language;

/**
 * What reading a version gives: its kind, symbol, body, session, the resolutions it holds with
 * their paragraphs, whether its extraction is suspect, and the segments that cover its text.
 *
 * @param text the normalized text the offsets of segments and paragraphs refer to
 */
public record ReadDocument(
        String file,
        Language language,
        DocumentKind kind,
        DocumentSymbol symbol,
        Body body,
        Session session,
        Extraction extraction,
        List<Resolution> resolutions,
        List<Segment> segments,
        String text) {

    /** The body that adopted the document: its code and its name in the document's language. */
    public record Body(String code, String name) {}

    /**
     * The session: its ordinal, whether extraordinary, where it met and when, in both calendars
     * (as printed in the header, or else in the opening paragraph).
     */
    public record Session(Integer number, boolean extraordinary, String place, Dates gregorian, HijriDates hijri) {}

    /** A Gregorian date range. */
    public record Dates(LocalDate from, LocalDate to) {}

    /** A Hijri date range, as printed. */
    public record HijriDates(HijriDay from, HijriDay to) {}

    /** Whether the text came out of its original damaged, and why. */
    public record Extraction(boolean suspect, List<String> reasons) {}

    /**
     * One resolution of the document.
     *
     * @param index its position in the document, from 0
     * @param number its number, or null when none is printed
     * @param title its title, or null
     */
    public record Resolution(int index, ResolutionNumber number, String title, List<Preambular> preamble,
            List<Operative> operative) {}

    /** A preambular paragraph, numbered from 1 within its resolution, with its offsets in the text. */
    public record Preambular(int index, String text, int start, int end) {}

    /**
     * An operative paragraph.
     *
     * @param number its number as printed (in Latin digits), or null when unnumbered
     * @param verb its operative verb, or null when none was recognized
     * @param heading the sub-heading it stands under, or null
     */
    public record Operative(String number, OperativeVerb verb, String text, String heading, int start, int end) {}
}

package org.oic.diwan.mandates;

import java.util.List;
import org.oic.diwan.reading.VerbStrength;

/**
 * What one operative paragraph of one language version asks: of whom, to do what, by when. A
 * paragraph that asks nobody to act has no addressees.
 *
 * @param file the version it was read from (its file name, or its id once registered)
 * @param resolution the resolution's index in its document, from 0
 * @param resolutionKey the resolution's key ({@code 1/49-IT}), or null when none is printed
 * @param position the paragraph's position among the resolution's operative paragraphs, from 1
 * @param number the paragraph's number as printed, or null
 * @param verb the operative verb in English ({@code Requests}), or null
 * @param addressees codes of organizations or groups ({@code SG}, {@code MEMBER-STATES}), in text order
 * @param actions canonical actions ({@code follow-up}, {@code report}), in text order
 * @param object what is asked, as printed: the paragraph from its first action on
 * @param due when it is due, or null
 */
public record ParagraphMandate(String file, int resolution, String resolutionKey, int position, String number, String verb,
        VerbStrength strength, List<String> addressees, List<String> actions, String object, Due due, String text,
        int start, int end) {

    /** Whether the paragraph asks someone to act. */
    public boolean isMandate() {
        return !addressees.isEmpty() && strength != VerbStrength.NONE;
    }
}

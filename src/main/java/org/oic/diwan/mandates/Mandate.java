package org.oic.diwan.mandates;

import java.util.List;
import java.util.Map;
import org.oic.diwan.reading.VerbStrength;
import org.oic.diwan.text.Language;

/**
 * What one operative paragraph asks, read from all the language versions of its resolution: one
 * mandate, with the paragraph's text in each language.
 *
 * @param resolutionKey the resolution's key ({@code 1/49-IT}), or null when no version prints one
 * @param resolution the resolution's index in its document, from 0
 * @param position the paragraph's position among the operative paragraphs, from 1
 * @param due when it is due: what most versions say; the versions that disagree are a finding
 * @param versions the paragraph as each language version reads
 */
public record Mandate(String resolutionKey, int resolution, int position, String number, String verb, VerbStrength strength,
        List<String> addressees, List<String> actions, Due due, Map<Language, ParagraphMandate> versions) {

    /** How the paragraph is named in messages: its printed number, else its position. */
    public String paragraphLabel() {
        return number != null ? number : String.valueOf(position);
    }

    /** How the resolution is named in messages: its key, else its position in the document. */
    public String resolutionLabel() {
        return resolutionKey != null ? resolutionKey : "#" + (resolution + 1);
    }
}

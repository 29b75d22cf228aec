package org.oic.diwan.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What reading a version found, in the registry's terms, stored with the version.
 *
 * @param edition the edition of the reader that read the version
 * @param kind the document kind ({@code resolution}, {@code declaration}, ...)
 * @param linkKey what links a version without symbol to its document, or null
 * @param suspectReason why the extraction is suspect, or null when it is not
 * @param paragraphs every segment of the text, in order, covering it whole
 */
public record VersionStructure(
        String edition,
        String kind,
        String linkKey,
        String suspectReason,
        String place,
        LocalDate startsOn,
        LocalDate endsOn,
        String hijriStartsOn,
        String hijriEndsOn,
        List<Resolution> resolutions,
        List<Paragraph> paragraphs) {

    /** A resolution of the version, by position. */
    public record Resolution(int position, String number, String numberKey, String title) {}

    /**
     * A paragraph (segment) of the version.
     *
     * @param resolution the position of its resolution, or -1
     * @param verb the canonical operative verb, or null
     * @param strength binding, exhortation or none, or null
     */
    public record Paragraph(int position, int resolution, String kind, String number, String text, int start, int end,
            String verb, String strength, String heading) {}

    /** No structure: a version registered before reading existed, or read as nothing. */
    public static VersionStructure none() {
        return new VersionStructure(null, "unknown", null, null, null, null, null, null, null, List.of(), List.of());
    }
}

package org.oic.diwan.registry;

/**
 * A paragraph (segment) of a version as stored: its kind, number, text, range in the version's
 * text, operative verb and the position of its resolution (-1 for the header and contents).
 */
public record StoredParagraph(int position, int resolution, String kind, String number, String text, int start, int end,
        String verb, String strength, String heading) {}

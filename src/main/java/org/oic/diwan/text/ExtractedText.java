package org.oic.diwan.text;

/** The normalized text of a file, with the format it was read as. */
public record ExtractedText(DocumentFormat format, String text) {}

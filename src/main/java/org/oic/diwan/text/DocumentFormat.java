package org.oic.diwan.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The file formats Diwan accepts as originals, each with the media types that identify it. */
public enum DocumentFormat {
    TEXT("text/plain", Set.of("text/plain")),
    MARKDOWN("text/markdown", Set.of("text/markdown", "text/x-web-markdown")),
    HTML("text/html", Set.of("text/html", "application/xhtml+xml")),
    PDF("application/pdf", Set.of("application/pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    ODT("application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text")),
    DOC("application/msword", Set.of("application/msword"));

    private final String mediaType;
    private final Set<String> detectedAs;

    DocumentFormat(String mediaType, Set<String> detectedAs) {
        this.mediaType = mediaType;
        this.detectedAs = detectedAs;
    }

    /** The media type served with the original. */
    public String mediaType() {
        return mediaType;
    }

    /** The accepted format that a detected media type (without parameters) belongs to. */
    public static Optional<DocumentFormat> ofDetected(String detectedMediaType) {
        return Arrays.stream(values())
                .filter(format -> format.detectedAs.contains(detectedMediaType))
                .findFirst();
    }

    /** The accepted extensions, for messages. */
    public static String acceptedExtensions() {
        return ".txt, .md, .html, .pdf, .docx, .odt, .doc";
    }
}

package org.oic.diwan.demo;

import java.util.Objects;

/**
 * One file of generated content: a relative path such as {@code 000/000123-ar.txt}, its language
 * ({@code ar}, {@code en} or {@code fr}) and its text.
 */
public record GeneratedFile(String relativePath, String language, String content) {

    /** Rejects missing parts, so a broken file never reaches the disk. */
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
    }
}

package org.oic.diwan.intake;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides whether a file name may be recorded with an original.
 *
 * <p>Originals are stored under their hash, never under the name given, so a hostile name
 * cannot reach the file system; it is still refused, because it would be shown to clerks and
 * offered back in downloads, where a traversal, a control character or a right-to-left
 * override (which makes {@code exe.txt} look like {@code txt.exe}) does harm.
 */
final class FileNames {

    private static final int MAX_BYTES = 255;

    private FileNames() {}

    /** Why the name is refused, or empty when it is acceptable. */
    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("the file has no name");
        }
        if (name.equals(".") || name.equals("..") || name.contains("../") || name.contains("..\\")) {
            return Optional.of("unsafe file name: it climbs out of its folder (../)");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("unsafe file name: it contains a path (/ or \\)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of("unsafe file name: it contains a control character (U+%04X)".formatted((int) c));
            }
            if (Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D') {
                return Optional.of("unsafe file name: it contains an invisible formatting character (U+%04X)"
                        .formatted((int) c));
            }
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("file name longer than " + MAX_BYTES + " bytes");
        }
        return Optional.empty();
    }

    /** A name fit for messages: control characters shown as escapes, so a report cannot be forged. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append("\\u%04X".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

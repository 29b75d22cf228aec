package org.oic.diwan.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a plain-text file whose encoding nobody declared.
 *
 * <p>UTF-8 (and UTF-16 with a byte-order mark) first. Otherwise the file comes from an older
 * office system, and for Arabic that is nearly always Windows-1256, which generic charset
 * detection, seeing only byte frequencies, confuses with Cyrillic code pages. So each legacy
 * encoding our languages were written in is tried, and the one whose text reads best as
 * Arabic, English or French wins.
 */
final class PlainTextDecoder {

    private static final List<Charset> LEGACY = List.of(
            Charset.forName("windows-1256"), Charset.forName("windows-1252"), Charset.forName("ISO-8859-6"));

    private PlainTextDecoder() {}

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            String best = null;
            int bestEvidence = -1;
            for (Charset charset : LEGACY) {
                String candidate = new String(bytes, charset);
                LanguageDetector.Guess guess = LanguageDetector.guess(candidate);
                int evidence = Language.ofCode(guess.language()).isPresent() ? guess.evidence() : 0;
                if (evidence > bestEvidence) {
                    best = candidate;
                    bestEvidence = evidence;
                }
            }
            return best;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

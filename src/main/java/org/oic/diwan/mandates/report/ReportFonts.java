package org.oic.diwan.mandates.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts the report is set in, shipped in the jar ({@code fonts/}, SIL Open Font License) so a
 * fresh server renders the same pages: Noto Naskh Arabic for Arabic, Noto Sans for Latin script.
 * Read once; each render gets its own stream over the same bytes.
 */
final class ReportFonts {

    static final String ARABIC = "Noto Naskh Arabic";
    static final String LATIN = "Noto Sans";

    private record Face(String family, int weight, String resource, byte[] bytes) {}

    private static final List<Face> FACES = List.of(
            face(ARABIC, 400, "fonts/NotoNaskhArabic-Regular.ttf"),
            face(ARABIC, 700, "fonts/NotoNaskhArabic-Bold.ttf"),
            face(LATIN, 400, "fonts/NotoSans-Regular.ttf"),
            face(LATIN, 700, "fonts/NotoSans-Bold.ttf"));

    private ReportFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            // subset = true: only the glyphs used are embedded, a few kilobytes instead of 500 per face.
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                    FontStyle.NORMAL, true);
        }
    }

    private static Face face(String family, int weight, String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return new Face(family, weight, resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

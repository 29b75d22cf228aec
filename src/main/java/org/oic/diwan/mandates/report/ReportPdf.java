package org.oic.diwan.mandates.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.oic.diwan.text.Language;

/**
 * Lays the report's XHTML out on A4 pages with openhtmltopdf. Arabic needs ICU twice: the bidi
 * splitter cuts mixed text into runs of one direction, the reorderer puts right-to-left runs in
 * visual order and shapes Arabic letters into their joined forms.
 */
final class ReportPdf {

    /** Fathatan to sukun, and the superscript alef: the short-vowel and doubling marks. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u0652\\u0670]");

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    byte[] render(String xhtml, Language language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(withoutArabicMarks(xhtml), null)
                .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                .useUnicodeBidiReorderer(new ICUBidiReorderer())
                .addDOMMutator(new RightToLeftTables())
                .defaultTextDirection(language.isRightToLeft()
                        ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR)
                // Everything the page needs is inline or registered; nothing is fetched, whatever the data says.
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                // PDF/A-2u, an archival PDF whose text maps to Unicode, as suits an official record. It
                // also keeps openhtmltopdf from setting up PDF's 14 built-in fonts, which are never
                // embedded: every glyph comes from the embedded Noto faces or is visibly missing.
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .useColorProfile(SRGB)
                .toStream(pdf);
        ReportFonts.register(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report could not be laid out as PDF", e);
        }
        return pdf.toByteArray();
    }

    /**
     * The page without Arabic vowel marks. openhtmltopdf has no OpenType mark positioning, so a
     * shadda or tanween would print beside its letter instead of over it; the Secretariat's printed
     * Arabic omits them anyway. Composed first, so a hamza written as a mark stays on its alef.
     * The HTML keeps every mark: browsers place them.
     */
    static String withoutArabicMarks(String xhtml) {
        return ARABIC_MARKS.matcher(Normalizer.normalize(xhtml, Normalizer.Form.NFC)).replaceAll("");
    }
}

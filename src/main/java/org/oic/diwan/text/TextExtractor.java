package org.oic.diwan.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of an original with Apache Tika, refusing what Diwan does not accept.
 *
 * <p>Thread-safe: Tika's parsers are stateless and each call builds its own context.
 */
public final class TextExtractor {

    private final TikaConfig tika;
    private final AutoDetectParser parser;
    private final int maxCharacters;

    /** @param maxCharacters the longest text accepted; guards against decompression bombs */
    public TextExtractor(int maxCharacters) {
        this.tika = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(tika);
        this.maxCharacters = maxCharacters;
    }

    /** The format of a file, detected from its bytes with its name as a hint. */
    public DocumentFormat detectFormat(Path file, String fileName) throws ExtractionFailed {
        Metadata metadata = metadataFor(fileName);
        MediaType detected;
        try (InputStream in = TikaInputStream.get(file)) {
            detected = tika.getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new ExtractionFailed("could not read the file: " + e.getMessage(), e);
        }
        String type = detected.getBaseType().toString();
        return DocumentFormat.ofDetected(type)
                .orElseThrow(() -> new ExtractionFailed("unsupported format " + type + "; Diwan accepts "
                        + DocumentFormat.acceptedExtensions()));
    }

    /** The normalized text of a file already known to be in an accepted format. */
    public ExtractedText extract(Path file, String fileName) throws ExtractionFailed {
        DocumentFormat format = detectFormat(file, fileName);
        if (format == DocumentFormat.TEXT || format == DocumentFormat.MARKDOWN) {
            return new ExtractedText(format, nonBlank(plainText(file)));
        }
        Metadata metadata = metadataFor(fileName);
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, contextFor());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionFailed("the document is encrypted or password-protected; import an unprotected copy", e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionFailed("empty file", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionFailed("the text is longer than " + maxCharacters
                        + " characters: suspected decompression bomb", e);
            }
            throw new ExtractionFailed(damaged(format, e), e);
        } catch (TikaException | IOException | RuntimeException e) {
            if (mentionsZipBomb(e)) {
                throw new ExtractionFailed("suspected zip bomb: the file expands far beyond its size", e);
            }
            if (rootCause(e) instanceof EncryptedDocumentException
                    || rootCause(e) instanceof org.apache.poi.EncryptedDocumentException) {
                throw new ExtractionFailed("the document is encrypted or password-protected; import an unprotected copy", e);
            }
            throw new ExtractionFailed(damaged(format, e), e);
        }
        return new ExtractedText(format, nonBlank(TextNormalizer.normalize(handler.toString())));
    }

    private String plainText(Path file) throws ExtractionFailed {
        try {
            String text = PlainTextDecoder.decode(java.nio.file.Files.readAllBytes(file));
            if (text.length() > maxCharacters) {
                throw new ExtractionFailed("the text is longer than " + maxCharacters + " characters");
            }
            return TextNormalizer.normalize(text);
        } catch (IOException e) {
            throw new ExtractionFailed("could not read the file: " + e.getMessage(), e);
        }
    }

    private static String nonBlank(String text) throws ExtractionFailed {
        if (text.isBlank()) {
            throw new ExtractionFailed("no text could be extracted (a scanned image without a text layer?)");
        }
        return text;
    }

    private static String damaged(DocumentFormat format, Throwable e) {
        Throwable root = rootCause(e);
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "corrupt or unreadable " + format.name() + " file: " + firstLine(detail);
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        int newline = s.indexOf('\n');
        String line = newline < 0 ? s : s.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Metadata metadataFor(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return metadata;
    }

    private ParseContext contextFor() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // Without sorting by position, PDFBox emits Arabic words of a line in reverse order.
        pdf.setSortByPosition(true);
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }
}

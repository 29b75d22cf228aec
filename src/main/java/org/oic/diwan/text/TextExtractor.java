package org.oic.diwan.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final Duration timeout;
    private final Semaphore permits;
    private final ExecutorService workers = Executors.newCachedThreadPool(Thread.ofPlatform()
            .name("extraction-", 0)
            .daemon(true)
            .factory());

    /**
     * @param maxCharacters the longest text accepted; guards against decompression bombs
     * @param concurrency how many files are parsed at once, at most
     * @param timeout how long one file may take before it is refused
     */
    public TextExtractor(int maxCharacters, int concurrency, Duration timeout) {
        this.tika = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(tika);
        this.maxCharacters = maxCharacters;
        this.timeout = timeout;
        this.permits = new Semaphore(concurrency);
    }

    /** An extractor for tests and tools: one file at a time per processor, two minutes each. */
    public TextExtractor(int maxCharacters) {
        this(maxCharacters, Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(2));
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

    /**
     * The normalized text of a file in an accepted format.
     *
     * <p>A file that takes longer than the timeout is refused. Its parse cannot be stopped from
     * outside, so it keeps its permit until it ends: runaway parses never outnumber the permits.
     */
    public ExtractedText extract(Path file, String fileName) throws ExtractionFailed {
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ExtractionFailed("the server is busy extracting other files; try again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionFailed("interrupted", e);
        }
        Future<ExtractedText> parse;
        try {
            parse = workers.submit(() -> {
                try {
                    return extractNow(file, fileName);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        try {
            return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionFailed("extraction took longer than " + timeout.toSeconds()
                    + " seconds: the file is malformed or far too complex", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionFailed failed) {
                throw failed;
            }
            throw new ExtractionFailed("the file could not be read: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionFailed("interrupted", e);
        }
    }

    private ExtractedText extractNow(Path file, String fileName) throws ExtractionFailed {
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

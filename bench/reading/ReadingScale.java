import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oic.diwan.consistency.Findings;
import org.oic.diwan.demo.GeneratedFile;
import org.oic.diwan.demo.ResolutionGenerator;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.text.Language;

/**
 * Reading time against text size: a text of one huge line, and a text of very many paragraphs,
 * at growing sizes. The reference, measured on the same texts in the same run, is a plain pass
 * over the text (counting its lines and letters): if reading is linear, its ratio to the
 * reference stays flat as the size grows.
 */
public class ReadingScale {

    public static void main(String[] args) {
        System.out.println("| text | size (MB) | paragraphs | read (ms) | reference pass (ms) | ratio | MB/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int mb : new int[] {5, 10, 25, 50}) {
            measure("one line", oneLine(mb * 1_000_000));
        }
        for (int paragraphs : new int[] {10_000, 25_000, 50_000, 100_000}) {
            measure("many paragraphs", manyParagraphs(paragraphs));
        }
    }

    private static void measure(String label, String text) {
        read(text); // warm up
        long best = Long.MAX_VALUE;
        long reference = Long.MAX_VALUE;
        int paragraphs = 0;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            ReadDocument read = read(text);
            best = Math.min(best, System.nanoTime() - t0);
            paragraphs = read.segments().size();
            long t1 = System.nanoTime();
            referencePass(text);
            reference = Math.min(reference, System.nanoTime() - t1);
        }
        double mb = text.length() / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %.0f | %.0f | %.1f | %.1f |%n", label, mb, paragraphs, best / 1e6,
                reference / 1e6, (double) best / reference, mb / (best / 1e9));
    }

    private static ReadDocument read(String text) {
        ReadDocument read = ResolutionReader.read("bench", text, Language.EN);
        Findings.of(List.of(read));
        return read;
    }

    /** A pass every reader must make at least: each character looked at once. */
    private static long referencePass(String text) {
        long lines = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return lines + letters;
    }

    private static String oneLine(int size) {
        String sentence = "Requests the member states, on 16-17 March 2023 (24-25 Shaaban 1444H), to report to the 50th session; ";
        StringBuilder out = new StringBuilder(size + sentence.length());
        while (out.length() < size) {
            out.append(sentence);
        }
        return out.toString();
    }

    private static String manyParagraphs(int paragraphs) {
        ResolutionGenerator generator = new ResolutionGenerator(7);
        List<String> operative = new ArrayList<>();
        for (int i = 0; operative.size() < paragraphs; i++) {
            for (GeneratedFile file : generator.document(i)) {
                if (file.language().equals("en")) {
                    file.content().lines().filter(l -> l.matches("^\\d+\\. .*")).forEach(operative::add);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("OIC/CFM-50/2024/LEG/FINAL\n\nResolution No. 1/50-LEG\n\nThe Council of Foreign Ministers, meeting in its session,\n\n");
        for (int i = 0; i < paragraphs; i++) {
            out.append(i + 1).append(". ").append(operative.get(i).replaceFirst("^\\d+\\. ", "")).append("\n\n");
        }
        return out.toString();
    }
}

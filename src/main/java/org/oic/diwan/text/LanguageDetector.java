package org.oic.diwan.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which official language a document is written in, or that it is in none of them.
 *
 * <p>Documents are long, so counting the most frequent function words of each language is
 * reliable; other languages that share a script with ours (Persian and Urdu with Arabic;
 * Spanish, Portuguese, Turkish, Malay, German with English and French) are scored too, so that
 * a document in one of them is refused rather than filed under the wrong language.
 */
public final class LanguageDetector {

    /** Fewer function words than this and the text is too short or too damaged to tell. */
    private static final int MINIMUM_EVIDENCE = 3;

    /** Nor when they make less than this share of the words: random bytes read as text. */
    private static final int MINIMUM_SHARE_PERCENT = 3;

    private static final Map<String, Set<String>> ARABIC_SCRIPT = Map.of(
            "ar", Set.of("في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "عن", "مع", "هذا", "هذه",
                    "بشأن", "حول", "ذلك", "كما", "بين", "وفي", "إذ", "قد", "لدى", "عام", "أو"),
            "fa", Set.of("در", "به", "از", "که", "این", "را", "با", "است", "برای", "آن", "می", "شود", "های", "یک"),
            "ur", Set.of("کے", "کی", "میں", "اور", "سے", "ہے", "کو", "کا", "پر", "یہ", "ہیں", "نے"));

    private static final Map<String, Set<String>> LATIN_SCRIPT = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "on", "for", "with", "by", "its", "this", "that", "as",
                    "at", "from", "be", "are", "which", "their", "has", "have", "was", "were", "is"),
            "fr", Set.of("le", "la", "les", "des", "du", "et", "au", "aux", "pour", "dans", "sur", "par", "une",
                    "qui", "que", "est", "son", "ses", "sa", "cette", "ce", "avec", "leur", "d", "l", "à"),
            "es", Set.of("el", "los", "las", "del", "y", "con", "para", "por", "una", "sus", "como", "su", "lo"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "com", "para", "uma", "seu", "sua", "não"),
            "de", Set.of("der", "die", "das", "und", "den", "dem", "des", "mit", "für", "von", "ist", "nicht", "zu"),
            "tr", Set.of("ve", "bir", "bu", "için", "ile", "olarak", "da", "de", "olan", "gibi", "daha", "çok"),
            "ms", Set.of("dan", "yang", "di", "untuk", "dengan", "ini", "itu", "dalam", "pada", "adalah", "tidak"));

    private LanguageDetector() {}

    /** The language of the text, when it is clearly one of Arabic, English and French. */
    public static Optional<Language> detect(String text) {
        return Language.ofCode(guess(text).language());
    }

    /**
     * The best guess with its evidence: a language code ({@code ar}, {@code en}, {@code fr} or
     * another one that Diwan does not accept), or {@code und} when the text gives too little to go on.
     */
    public static Guess guess(String text) {
        if (text == null || text.isBlank()) {
            return new Guess("und", 0);
        }
        long arabicLetters = text.codePoints().filter(LanguageDetector::isArabicScript).count();
        long latinLetters = text.codePoints().filter(cp -> Character.isLetter(cp) && isLatin(cp)).count();
        Map<String, Set<String>> candidates = arabicLetters > latinLetters ? ARABIC_SCRIPT : LATIN_SCRIPT;
        Map<String, Integer> scores = new java.util.HashMap<>();
        int tokens = 0;
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
            if (token.isEmpty()) {
                continue;
            }
            tokens++;
            String word = stripArabicDiacritics(token);
            for (var entry : candidates.entrySet()) {
                if (entry.getValue().contains(word)) {
                    scores.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        int finalTokens = tokens;
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= MINIMUM_EVIDENCE)
                // function words are a quarter of any real text; a few found among garbage are chance
                .filter(best -> best.getValue() * 100 >= finalTokens * MINIMUM_SHARE_PERCENT)
                .map(best -> new Guess(best.getKey(), best.getValue()))
                .orElse(new Guess("und", 0));
    }

    /** A language code and how many of its function words were seen. */
    public record Guess(String language, int evidence) {}

    private static boolean isArabicScript(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp);
    }

    private static boolean isLatin(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static String stripArabicDiacritics(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= '\u064B' && c <= '\u0652') && c != '\u0640') {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package org.oic.diwan.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.oic.diwan.registry.DocumentContent;
import org.oic.diwan.registry.DocumentContents;
import org.oic.diwan.registry.StoredParagraph;
import org.oic.diwan.text.Language;
import org.springframework.stereotype.Service;

/**
 * Proposes new term-base entries from the registry's linked versions: operative paragraphs that
 * stand at the same place in two languages say the same thing, so phrases that keep appearing
 * together in such pairs, and rarely apart, are likely translations (Dice coefficient). A person
 * reviews the proposals; nothing enters the term base unaccepted.
 */
@Service
public class TermProposals {

    /** A proposed pair: a phrase in each of two languages, how often they were aligned, and the Dice score. */
    public record Proposal(Language from, String phrase, Language to, String translation, int together, double dice) {}

    private static final int BATCH = 200;
    private static final int MAX_WORDS = 3;

    private final DocumentContents contents;
    private final TermBases termBases;

    TermProposals(DocumentContents contents, TermBases termBases) {
        this.contents = contents;
        this.termBases = termBases;
    }

    /**
     * Proposals from English to French and Arabic, best first.
     *
     * @param minTogether how many aligned pairs must show a phrase pair at least
     */
    public List<Proposal> propose(int minTogether, double minDice, IntConsumer progress) {
        TermBase known = termBases.current();
        Map<Language, Map<String, Integer>> phraseCounts = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        List<UUID> ids = contents.allIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (DocumentContent document : contents.load(ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                for (Map<Language, StoredParagraph> aligned : alignedParagraphs(document)) {
                    StoredParagraph english = aligned.get(Language.EN);
                    if (english == null) {
                        continue;
                    }
                    Set<String> left = phrases(Language.EN, english.text(), known, surface);
                    count(phraseCounts, Language.EN, left);
                    for (Language other : List.of(Language.FR, Language.AR)) {
                        StoredParagraph translated = aligned.get(other);
                        if (translated == null) {
                            continue;
                        }
                        Set<String> right = phrases(other, translated.text(), known, surface);
                        count(phraseCounts, other, right);
                        for (String a : left) {
                            for (String b : right) {
                                pairCounts.merge(a + "\t" + b, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            progress.accept(Math.min(ids.size(), from + BATCH));
        }
        List<Proposal> proposals = new ArrayList<>();
        pairCounts.forEach((pair, together) -> {
            if (together < minTogether) {
                return;
            }
            String[] parts = pair.split("\t");
            Language to = Language.ofCode(parts[1].substring(0, 2)).orElseThrow();
            int a = phraseCounts.get(Language.EN).getOrDefault(parts[0], 0);
            int b = phraseCounts.get(to).getOrDefault(parts[1], 0);
            double dice = 2.0 * together / (a + b);
            if (dice >= minDice) {
                proposals.add(new Proposal(Language.EN, surface.get(parts[0]), to, surface.get(parts[1]), together, dice));
            }
        });
        // one translation per phrase and language: the best
        // ties (templates repeat whole sentences): phrases of like length, then the fuller translation
        proposals.sort(Comparator.comparingDouble(Proposal::dice).reversed()
                .thenComparing(Comparator.comparingInt(Proposal::together).reversed())
                .thenComparingInt(p -> Math.abs(words(p.phrase()) - words(p.translation())))
                .thenComparing(Comparator.comparingInt((Proposal p) -> words(p.translation())).reversed()));
        Set<String> taken = new HashSet<>();
        List<Proposal> best = new ArrayList<>();
        for (Proposal p : proposals) {
            if (taken.add(p.phrase() + "@" + p.to()) && taken.add(p.translation() + "@" + p.to() + "@rhs")) {
                best.add(p);
            }
        }
        return best;
    }

    private static int words(String phrase) {
        return phrase.split(" ").length;
    }

    private static void count(Map<Language, Map<String, Integer>> counts, Language language, Set<String> phrases) {
        Map<String, Integer> map = counts.computeIfAbsent(language, k -> new HashMap<>());
        phrases.forEach(p -> map.merge(p, 1, Integer::sum));
    }

    /** Operative paragraphs at the same place (resolution, number) in each language version. */
    private static List<Map<Language, StoredParagraph>> alignedParagraphs(DocumentContent document) {
        Map<String, Map<Language, StoredParagraph>> byPlace = new HashMap<>();
        for (DocumentContent.Version version : document.versions()) {
            Language language = Language.ofCode(version.language()).orElse(null);
            if (language == null) {
                continue;
            }
            int rank = 0;
            for (StoredParagraph paragraph : version.paragraphs()) {
                if (paragraph.kind().equals("operative") || paragraph.kind().equals("title")) {
                    String place = paragraph.resolution() + "/" + paragraph.kind() + "/" + rank++;
                    byPlace.computeIfAbsent(place, k -> new HashMap<>()).put(language, paragraph);
                }
            }
        }
        return byPlace.values().stream().filter(m -> m.size() >= 2).toList();
    }

    /**
     * The candidate phrases of a paragraph (1 to 3 words, no function word at either end, not
     * already a term), by analyzed key prefixed with the language; the words as written are kept
     * in {@code surface}.
     */
    private static Set<String> phrases(Language language, String text, TermBase known, Map<String, String> surface) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\-]+");
        CharArraySet stop = stopWords(language);
        Set<String> phrases = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
                String first = words[i];
                String last = words[i + n - 1];
                if (first.isEmpty() || last.isEmpty() || stop.contains(first) || stop.contains(last)
                        || (n == 1 && first.length() < 6) || first.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                List<Set<String>> terms = known.terms(language, phrase);
                if (terms.isEmpty()) {
                    continue;
                }
                if (!known.find(List.of(phrase)).isEmpty()) {
                    continue; // already in the term base
                }
                String key = language.code() + ":" + String.join(" ", terms.stream().map(t -> t.iterator().next()).toList());
                surface.putIfAbsent(key, phrase);
                phrases.add(key);
            }
        }
        return phrases;
    }

    private static CharArraySet stopWords(Language language) {
        return switch (language) {
            case AR -> ArabicAnalyzer.getDefaultStopSet();
            case FR -> FrenchAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        };
    }
}

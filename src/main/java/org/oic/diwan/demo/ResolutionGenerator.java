package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic generator of synthetic OIC resolutions: for a given seed, document {@code i} is
 * always the same, so generation can be parallel and resumed. Instances are thread-safe.
 */
public final class ResolutionGenerator {

    private static final List<LanguageRenderer> RENDERERS =
            List.of(new ArabicRenderer(), new EnglishRenderer(), new FrenchRenderer());

    private final ResolutionPlanner planner;

    /** Creates a generator for the corpus identified by {@code seed}. */
    public ResolutionGenerator(long seed) {
        this.planner = new ResolutionPlanner(Vocabulary.get(), seed);
    }

    /**
     * The three language versions (ar, en, fr) of document number {@code index} (0-based).
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public List<GeneratedFile> document(int index) {
        Resolution resolution = planner.plan(index);
        List<GeneratedFile> files = new ArrayList<>(RENDERERS.size());
        for (LanguageRenderer renderer : RENDERERS) {
            Language language = renderer.language();
            String content = DocumentLayout.layout(renderer.render(resolution), language, resolution.style());
            files.add(new GeneratedFile(relativePath(index, language, resolution.style().format()),
                    language.code(), content));
        }
        return List.copyOf(files);
    }

    /** For example {@code 001/001234-fr.md}: folders of 1,000 documents keep directories small. */
    static String relativePath(int index, Language language, FileFormat format) {
        return padded(index / GeneratedCorpus.DOCUMENTS_PER_FOLDER, 3) + "/" + padded(index, 6) + "-"
                + language.code() + "." + format.extension();
    }

    private static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}

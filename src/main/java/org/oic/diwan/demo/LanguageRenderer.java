package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.oic.diwan.demo.Resolution.Acknowledgement;
import org.oic.diwan.demo.Resolution.Directive;
import org.oic.diwan.demo.Resolution.Endorsement;
import org.oic.diwan.demo.Resolution.HostGratitude;
import org.oic.diwan.demo.Resolution.Mandate;
import org.oic.diwan.demo.Resolution.OperativeParagraph;
import org.oic.diwan.demo.Resolution.PreambleParagraph;

/**
 * Renders a resolution in one language. The order of the parts is fixed here, once for all
 * languages, so the three versions cannot drift apart; subclasses supply only the wording.
 */
abstract class LanguageRenderer {

    // The Organization of the Islamic Conference took its present name at the 38th CFM, in 2011.
    private static final LocalDate RENAMED = LocalDate.of(2011, 6, 28);
    private static final Phrase NAME = new Phrase("Organization of Islamic Cooperation",
            "Organisation de la coopération islamique", "منظمة التعاون الإسلامي");
    private static final Phrase FORMER_NAME = new Phrase("Organization of the Islamic Conference",
            "Organisation de la Conférence islamique", "منظمة المؤتمر الإسلامي");

    abstract Language language();

    final List<Block> render(Resolution resolution) {
        List<Block> blocks = new ArrayList<>(32);
        blocks.add(Block.of(Block.Kind.SYMBOL, resolution.symbol()));
        blocks.add(Block.of(Block.Kind.HEADER, String.join("\n", headerLines(resolution))));
        blocks.add(Block.of(Block.Kind.NUMBER, resolutionNumber(resolution)));
        blocks.add(Block.of(Block.Kind.TITLE, quoted(resolution.title().in(language()))));
        blocks.add(Block.paragraph("", opening(resolution)));
        List<PreambleParagraph> preamble = resolution.preamble();
        for (int i = 0; i < preamble.size(); i++) {
            boolean last = i == preamble.size() - 1;
            blocks.add(preamble(resolution, preamble.get(i), i == 0, last && !resolution.decidesAsFollows()));
        }
        if (resolution.decidesAsFollows()) {
            blocks.add(Block.paragraph("", decidesAsFollows(resolution)));
        }
        List<OperativeParagraph> operative = resolution.operative();
        int headings = 0;
        for (int i = 0; i < operative.size(); i++) {
            Phrase heading = resolution.headings().get(i);
            if (heading != null) {
                blocks.add(Block.of(Block.Kind.HEADING, headingLabel(headings++) + " " + heading.in(language())));
            }
            Sentence sentence = agree(resolution, operative(resolution, operative.get(i)));
            String ending = i == operative.size() - 1 ? "." : operativeSeparator();
            blocks.add(new Block(Block.Kind.NUMBERED, number(resolution.style(), i + 1), sentence.lead(),
                    sentence.rest() + ending));
        }
        return resolution.dates().start().isBefore(RENAMED) ? formerName(blocks) : blocks;
    }

    private List<Block> formerName(List<Block> blocks) {
        String name = NAME.in(language());
        String former = FORMER_NAME.in(language());
        return blocks.stream().map(block -> new Block(block.kind(), block.label(), block.lead().replace(name, former),
                block.text().replace(name, former))).toList();
    }

    private Sentence operative(Resolution resolution, OperativeParagraph paragraph) {
        return switch (paragraph) {
            case Directive directive -> directive(resolution, directive);
            case Endorsement endorsement -> endorsement(endorsement);
            case Acknowledgement acknowledgement -> acknowledgement(acknowledgement);
            case HostGratitude ignored -> hostGratitude(resolution);
            case Mandate mandate -> mandate(resolution, mandate);
        };
    }

    /** The lines under the symbol: "Resolution on ...", "adopted by the", the session, place and dates. */
    abstract List<String> headerLines(Resolution resolution);

    /** "Resolution No. 7/48-ST" and the word that introduces the title, on separate lines. */
    abstract String resolutionNumber(Resolution resolution);

    abstract String quoted(String title);

    /** "The Council of Foreign Ministers ..., meeting in its Forty-Eighth Session ...,". */
    abstract String opening(Resolution resolution);

    abstract Block preamble(Resolution resolution, PreambleParagraph paragraph, boolean first, boolean last);

    abstract String decidesAsFollows(Resolution resolution);

    abstract String headingLabel(int index);

    abstract String number(Style style, int number);

    abstract String operativeSeparator();

    abstract Sentence directive(Resolution resolution, Directive directive);

    abstract Sentence endorsement(Endorsement endorsement);

    abstract Sentence acknowledgement(Acknowledgement acknowledgement);

    abstract Sentence hostGratitude(Resolution resolution);

    abstract Sentence mandate(Resolution resolution, Mandate mandate);

    /** Makes the verb agree with the adopting body where the language needs it; most do not. */
    Sentence agree(Resolution resolution, Sentence sentence) {
        return sentence;
    }

    /** An operative paragraph: its verb, emphasized in Markdown and HTML, and the rest without final punctuation. */
    record Sentence(String lead, String rest) {
    }
}

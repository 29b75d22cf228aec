package org.oic.diwan.demo;

import java.util.List;
import java.util.Map;

/**
 * Everything one resolution says, independent of language: the renderers turn this single model
 * into the Arabic, English and French versions, which therefore always agree.
 *
 * @param body the body that adopted the resolution
 * @param session the session number of that body
 * @param topic the subject, which also gives the department code in the symbol
 * @param number the resolution number within the session and topic
 * @param place where the session was held
 * @param theme the session theme, or {@code null} when none is printed
 * @param dates the days of the session
 * @param title the title of the resolution
 * @param preamble the preambular paragraphs, in order
 * @param decidesAsFollows whether "Decides as follows:" introduces the operative part
 * @param operative the numbered operative paragraphs, in order
 * @param headings sub-headings, keyed by the index of the operative paragraph they precede
 * @param style presentation choices that vary between documents
 */
record Resolution(Body body, int session, Topic topic, int number, Place place, Phrase theme,
        SessionDates dates, Phrase title, List<PreambleParagraph> preamble, boolean decidesAsFollows,
        List<OperativeParagraph> operative, Map<Integer, Phrase> headings, Style style) {

    int year() {
        return dates.year();
    }

    /** The document symbol, e.g. {@code OIC/CFM-48/2022/ST/RES.7/FINAL}; unique within a corpus. */
    String symbol() {
        return "OIC/" + body.code() + "-" + session + "/" + year() + "/" + topic.code() + "/RES." + number + "/FINAL";
    }

    /** One preambular paragraph: an opener and what it says. */
    record PreambleParagraph(PreambleOpener opener, PreambleContent content) {
    }

    /** What a preambular paragraph refers to. */
    sealed interface PreambleContent {
    }

    /** A phrase from the vocabulary: a noun phrase, or a clause after "Convinced that". */
    record Text(Phrase phrase) implements PreambleContent {
    }

    /** An earlier resolution of the same body on the same topic. */
    record EarlierResolution(int number, int session, int year, Place place) implements PreambleContent {
    }

    /** The report of the Secretary General on the topic. */
    record Report() implements PreambleContent {
    }

    /** One numbered operative paragraph. */
    sealed interface OperativeParagraph {
    }

    /**
     * A verb with an action: "Requests the Secretary General to ..." or, with no addressee,
     * "Decides to ...".
     *
     * @param addressee who is asked to act, or {@code null} for a decision
     * @param partner an institution to act in coordination with, or {@code null}
     * @param deadline when the action is due, or {@code null}
     */
    record Directive(OperativeVerb verb, Addressee addressee, Phrase action, Addressee partner,
            Deadline deadline) implements OperativeParagraph {
    }

    /** A verb with a thing: "Approves the plan ...". */
    record Endorsement(OperativeVerb verb, Phrase thing) implements OperativeParagraph {
    }

    /** Thanks for someone's efforts: "Commends SESRIC for its efforts to ...". */
    record Acknowledgement(OperativeVerb verb, Addressee addressee, Phrase action) implements OperativeParagraph {
    }

    /** Gratitude to the host state of the session. */
    record HostGratitude() implements OperativeParagraph {
    }

    /** The reporting mandate to the next session of the same body. */
    record Mandate(int nextSession) implements OperativeParagraph {
    }

    /** When an action is due. */
    record Deadline(Kind kind, int year) {

        enum Kind {
            END_OF_YEAR,
            ANNUALLY,
            BEFORE_NEXT_SESSION
        }
    }
}

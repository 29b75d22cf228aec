package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.oic.diwan.demo.Resolution.Acknowledgement;
import org.oic.diwan.demo.Resolution.Deadline;
import org.oic.diwan.demo.Resolution.Directive;
import org.oic.diwan.demo.Resolution.EarlierResolution;
import org.oic.diwan.demo.Resolution.Endorsement;
import org.oic.diwan.demo.Resolution.Mandate;
import org.oic.diwan.demo.Resolution.PreambleParagraph;
import org.oic.diwan.demo.Resolution.Report;
import org.oic.diwan.demo.Resolution.Text;

/** Writes the English version of a resolution. */
final class EnglishRenderer extends LanguageRenderer {

    @Override
    Language language() {
        return Language.EN;
    }

    @Override
    List<String> headerLines(Resolution r) {
        List<String> lines = new ArrayList<>(List.of("RESOLUTION", "ON", upper(r.topic().name().en()), "ADOPTED BY THE",
                upper(OrdinalWords.englishNumeric(r.session()) + " session of the " + r.body().sessionName().en())));
        if (r.theme() != null) {
            lines.add("(" + upper(r.theme().en()) + ")");
        }
        lines.add(upper(place(r.place())));
        lines.add(upper(DateWording.english(r.dates())));
        return lines;
    }

    @Override
    String resolutionNumber(Resolution r) {
        return "Resolution No. " + numberCode(r.number(), r.session(), r.topic()) + "\non";
    }

    @Override
    String quoted(String title) {
        return "\"" + title + "\"";
    }

    @Override
    String opening(Resolution r) {
        String ordinal = OrdinalWords.english(r.session()) + " Session";
        String theme = r.theme() == null ? "" : " (" + r.theme().en() + ")";
        String where = place(r.place()) + ", on " + DateWording.english(r.dates());
        if (r.style().variant() == 0) {
            return r.body().subject().en() + ", meeting in its " + ordinal + theme + " in " + where + ",";
        }
        return r.body().subject().en() + ", at its " + ordinal + theme + ", convened in " + where + ",";
    }

    @Override
    Block preamble(Resolution r, PreambleParagraph paragraph, boolean first, boolean last) {
        String complement = switch (paragraph.content()) {
            case Text text -> text.phrase().en();
            case Report ignored -> r.topic().field().en();
            case EarlierResolution earlier -> "resolution No. " + numberCode(earlier.number(), earlier.session(), r.topic())
                    + " on " + r.topic().name().en() + " adopted by " + r.body().shortName().en() + " at its "
                    + OrdinalWords.englishNumeric(earlier.session()) + " session (" + earlier.place().city().en() + ", "
                    + earlier.year() + ")";
        };
        if (paragraph.opener() == PreambleOpener.EMPHASIZING) {
            complement += " for the sustainable development of member states";
        }
        return Block.paragraph(paragraph.opener().english(), complement + ";");
    }

    @Override
    String decidesAsFollows(Resolution r) {
        return "Decides as follows:";
    }

    @Override
    String headingLabel(int index) {
        return "(" + (char) ('a' + index) + ")";
    }

    @Override
    String number(Style style, int number) {
        return number + ".";
    }

    @Override
    String operativeSeparator() {
        return ";";
    }

    @Override
    Sentence directive(Resolution r, Directive d) {
        StringBuilder rest = new StringBuilder();
        if (d.addressee() != null) {
            rest.append(d.addressee().name().en()).append(' ');
        }
        rest.append("to ").append(d.action().en());
        if (d.partner() != null) {
            rest.append(", in coordination with ").append(d.partner().name().en());
        }
        if (d.deadline() != null) {
            rest.append(deadline(d.deadline(), d.partner() != null));
        }
        return new Sentence(d.verb().english(), rest.toString());
    }

    @Override
    Sentence endorsement(Endorsement e) {
        return new Sentence(e.verb().english(), e.thing().en());
    }

    @Override
    Sentence acknowledgement(Acknowledgement a) {
        return new Sentence(a.verb().english(), a.addressee().name().en() + " for " + a.addressee().possessive().en()
                + " efforts to " + a.action().en());
    }

    @Override
    Sentence hostGratitude(Resolution r) {
        return new Sentence("Expresses its deep gratitude", "to the Government and people of " + r.place().country().en()
                + " for hosting the " + OrdinalWords.englishNumeric(r.session())
                + " session and for the excellent arrangements made for its success");
    }

    @Override
    Sentence mandate(Resolution r, Mandate m) {
        String next = OrdinalWords.englishNumeric(m.nextSession());
        if (r.style().variant() == 0) {
            return new Sentence("Requests", "the Secretary General to follow up the implementation of this resolution"
                    + " and to report thereon to " + r.body().shortName().en() + " at its " + next + " session");
        }
        return new Sentence("Requests", "the Secretary General to monitor the implementation of this resolution"
                + " and to submit a report thereon to the " + next + " session of the " + r.body().sessionName().en());
    }

    /** The deadline with its leading punctuation; a comma already closes a coordination phrase. */
    private static String deadline(Deadline deadline, boolean afterPartner) {
        String gap = afterPartner ? ", " : " ";
        return switch (deadline.kind()) {
            case END_OF_YEAR -> gap + "by the end of " + deadline.year();
            case BEFORE_NEXT_SESSION -> gap + "before the next session";
            case ANNUALLY -> ", and to report annually on the progress achieved";
        };
    }

    private static String numberCode(int number, int session, Topic topic) {
        return number + "/" + session + "-" + topic.code();
    }

    private static String place(Place place) {
        return place.city().en() + ", " + withoutThe(place.country().en());
    }

    private static String withoutThe(String name) {
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ENGLISH);
    }
}

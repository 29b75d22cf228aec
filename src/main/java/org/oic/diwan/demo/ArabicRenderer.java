package org.oic.diwan.demo;

import org.oic.diwan.text.Language;

import java.util.ArrayList;
import java.util.List;

import org.oic.diwan.demo.Resolution.Acknowledgement;
import org.oic.diwan.demo.Resolution.Deadline;
import org.oic.diwan.demo.Resolution.Directive;
import org.oic.diwan.demo.Resolution.EarlierResolution;
import org.oic.diwan.demo.Resolution.Endorsement;
import org.oic.diwan.demo.Resolution.Mandate;
import org.oic.diwan.demo.Resolution.PreambleParagraph;
import org.oic.diwan.demo.Resolution.Report;
import org.oic.diwan.demo.Resolution.Text;

/** Writes the Arabic version of a resolution. */
final class ArabicRenderer extends LanguageRenderer {

    private static final String[] LETTERS = {"أ", "ب", "ج", "د", "هـ", "و", "ز", "ح"};

    @Override
    Language language() {
        return Language.AR;
    }

    @Override
    List<String> headerLines(Resolution r) {
        List<String> lines = new ArrayList<>(List.of("قرار", "بشأن " + r.topic().name().ar(),
                r.style().variant() == 0 ? "المعتمد في" : "الذي اعتمد في", session(r.body(), r.session())));
        if (r.theme() != null) {
            lines.add("(" + r.theme().ar() + ")");
        }
        lines.add(place(r.place()));
        lines.add(DateWording.arabicHijri(r.dates()));
        lines.add(DateWording.arabicGregorian(r.dates()));
        return lines;
    }

    @Override
    String resolutionNumber(Resolution r) {
        return "القرار رقم " + numberCode(r, r.number(), r.session()) + "\nبشأن";
    }

    @Override
    String quoted(String title) {
        return "\"" + title + "\"";
    }

    @Override
    String opening(Resolution r) {
        boolean feminine = r.body().arabicFeminine();
        String ordinal = OrdinalWords.arabicFeminine(r.session());
        String theme = r.theme() == null ? "" : " (" + r.theme().ar() + ")";
        String meeting = r.style().variant() == 0
                ? (feminine ? "المنعقدة في دورتها " : "المنعقد في دورته ") + ordinal + theme + " في "
                : (feminine ? "في دورتها " : "في دورته ") + ordinal + theme + " المنعقدة في ";
        return "إن " + r.body().subject().ar() + "، " + meeting + place(r.place()) + "، "
                + DateWording.arabicHijriInSentence(r.dates()) + " (الموافق " + DateWording.arabicGregorian(r.dates()) + ")،";
    }

    @Override
    Block preamble(Resolution r, PreambleParagraph paragraph, boolean first, boolean last) {
        String complement = switch (paragraph.content()) {
            case Text text -> text.phrase().ar();
            case Report ignored -> r.topic().field().ar();
            case EarlierResolution earlier -> "القرار رقم " + numberCode(r, earlier.number(), earlier.session())
                    + " بشأن " + r.topic().name().ar() + " المعتمد من " + r.body().shortName().ar()
                    + (r.body().arabicFeminine() ? " في دورتها " : " في دورته ")
                    + OrdinalWords.arabicFeminine(earlier.session()) + " (" + earlier.place().city().ar() + "، "
                    + earlier.year() + ")";
        };
        if (paragraph.opener() == PreambleOpener.EMPHASIZING) {
            complement += " في تحقيق التنمية المستدامة للدول الأعضاء";
        }
        String lead = (first ? "" : "و") + verb(r, paragraph.opener().arabic());
        return Block.paragraph(lead, Arabic.connect(paragraph.opener().arabicLink(), complement) + (last ? "،" : "؛"));
    }

    @Override
    String decidesAsFollows(Resolution r) {
        return verb(r, "يقرر") + " ما يلي:";
    }

    @Override
    String headingLabel(int index) {
        return "(" + LETTERS[index] + ")";
    }

    @Override
    String number(Style style, int number) {
        return switch (style.arabicNumbering()) {
            case DOT -> number + ".";
            case DASH -> number + "-";
            case BULLET_DASH -> "- " + number + "-";
        };
    }

    @Override
    String operativeSeparator() {
        return "؛";
    }

    @Override
    Sentence directive(Resolution r, Directive d) {
        OperativeVerb verb = d.verb();
        StringBuilder rest = new StringBuilder();
        if (d.addressee() != null) {
            rest.append(Arabic.connect(verb.arabicBeforeAddressee(), d.addressee().name().ar())).append(' ');
        }
        rest.append(Arabic.connect(verb.arabicBeforeObject(), d.action().ar()));
        if (d.partner() != null) {
            rest.append(" بالتنسيق مع ").append(d.partner().name().ar());
        }
        if (d.deadline() != null) {
            rest.append(deadline(d.deadline()));
        }
        return new Sentence(verb.arabic(), rest.toString());
    }

    @Override
    Sentence endorsement(Endorsement e) {
        return new Sentence(e.verb().arabic(), Arabic.connect(e.verb().arabicBeforeObject(), e.thing().ar()));
    }

    @Override
    Sentence acknowledgement(Acknowledgement a) {
        OperativeVerb verb = a.verb();
        String addressee = a.addressee().name().ar();
        if (verb.arabicNamesEfforts()) {
            return new Sentence(verb.arabic(), addressee + " في " + a.action().ar());
        }
        return new Sentence(verb.arabic(), Arabic.connect(verb.arabicBeforeAddressee(), addressee) + " على جهود"
                + a.addressee().possessive().ar() + " في " + a.action().ar());
    }

    @Override
    Sentence agree(Resolution r, Sentence sentence) {
        return new Sentence(verb(r, sentence.lead()), sentence.rest());
    }

    @Override
    Sentence hostGratitude(Resolution r) {
        return new Sentence("يعرب", verb(r, "عن عميق امتنانه") + " لحكومة وشعب " + r.place().country().ar() + " على استضافة "
                + session(r.body(), r.session()) + " وعلى الترتيبات الممتازة التي اتخذتها لإنجاحها");
    }

    @Override
    Sentence mandate(Resolution r, Mandate m) {
        String next = session(r.body(), m.nextSession());
        if (r.style().variant() == 0) {
            return new Sentence("يكلف", "الأمين العام بمتابعة تنفيذ هذا القرار وتقديم تقرير عن ذلك إلى " + next);
        }
        return new Sentence("يطلب", "إلى الأمين العام أن يتابع تنفيذ هذا القرار وأن يرفع تقريراً في هذا الشأن إلى " + next);
    }

    /**
     * A verb phrase written for a masculine subject (مجلس), made feminine when the adopting body
     * is a committee (اللجنة): يقرر becomes تقرر, اقتناعاً منه becomes اقتناعاً منها.
     */
    private static String verb(Resolution r, String masculine) {
        return r.body().arabicFeminine() ? Arabic.feminine(masculine) : masculine;
    }

    /** "الدورة الثامنة والأربعين لمجلس وزراء الخارجية". */
    private static String session(Body body, int session) {
        return "الدورة " + OrdinalWords.arabicFeminine(session) + " " + Arabic.attach("ل", body.sessionName().ar());
    }

    private static String deadline(Deadline deadline) {
        return switch (deadline.kind()) {
            case END_OF_YEAR -> " بحلول نهاية عام " + deadline.year();
            case BEFORE_NEXT_SESSION -> " قبل انعقاد الدورة المقبلة";
            case ANNUALLY -> "، وتقديم تقرير سنوي عن التقدم المحرز";
        };
    }

    /** Either "7/48-ع ت" or, as some Arabic documents keep it, the Latin "ST-48/7". */
    private static String numberCode(Resolution r, int number, int session) {
        if (r.style().arabicLatinNumber()) {
            return r.topic().code() + "-" + session + "/" + number;
        }
        return number + "/" + session + "-" + r.topic().arabicCode();
    }

    private static String place(Place place) {
        return place.city().ar() + "، " + place.country().ar();
    }
}

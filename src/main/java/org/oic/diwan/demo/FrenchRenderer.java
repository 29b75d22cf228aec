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

/** Writes the French version of a resolution, with French typography (space before ; and :). */
final class FrenchRenderer extends LanguageRenderer {

    @Override
    Language language() {
        return Language.FR;
    }

    @Override
    List<String> headerLines(Resolution r) {
        List<String> lines = new ArrayList<>(List.of("RÉSOLUTION", "SUR", French.upper(r.topic().name().fr()), "ADOPTÉE PAR",
                French.upper(session(r.body(), r.session())).replace(
                        French.upper(OrdinalWords.frenchNumeric(r.session())), OrdinalWords.frenchNumeric(r.session()))));
        if (r.theme() != null) {
            lines.add("(" + r.theme().fr() + ")");
        }
        lines.add(place(r.place()));
        lines.add(DateWording.french(r.dates()));
        return lines;
    }

    @Override
    String resolutionNumber(Resolution r) {
        String separator = r.style().variant() == 0 ? "" : " ";
        return "RÉSOLUTION N°" + separator + numberCode(r.number(), r.session(), r.topic()) + "\nSUR";
    }

    @Override
    String quoted(String title) {
        return "« " + French.capitalize(title) + " »";
    }

    @Override
    String opening(Resolution r) {
        String ordinal = OrdinalWords.french(r.session()) + " session";
        String theme = r.theme() == null ? "" : " (" + r.theme().fr() + ")";
        String when = ", les " + DateWording.french(r.dates()) + " ;";
        if (r.style().variant() == 0) {
            return r.body().subject().fr() + ", lors de sa " + ordinal + theme + ", tenue à " + place(r.place()) + when;
        }
        return r.body().subject().fr() + ", à l'occasion de sa " + ordinal + theme + ", tenue à " + place(r.place()) + when;
    }

    @Override
    Block preamble(Resolution r, PreambleParagraph paragraph, boolean first, boolean last) {
        String complement = switch (paragraph.content()) {
            case Text text -> text.phrase().fr();
            case Report ignored -> r.topic().field().fr();
            case EarlierResolution earlier -> "la résolution N°" + numberCode(earlier.number(), earlier.session(), r.topic())
                    + " sur " + r.topic().name().fr() + " adoptée par " + r.body().shortName().fr() + " à sa "
                    + OrdinalWords.frenchNumeric(earlier.session()) + " session (" + earlier.place().city().fr() + ", "
                    + earlier.year() + ")";
        };
        String linked = switch (paragraph.opener().frenchLink()) {
            case DIRECT -> complement;
            case DE -> French.de(complement);
            case QUE -> French.que(complement);
        };
        if (paragraph.opener() == PreambleOpener.EMPHASIZING) {
            linked += " pour le développement durable des États membres";
        }
        return Block.paragraph(paragraph.opener().french(), linked + " ;");
    }

    @Override
    String decidesAsFollows(Resolution r) {
        return "Décide ce qui suit :";
    }

    @Override
    String headingLabel(int index) {
        return (char) ('a' + index) + ")";
    }

    @Override
    String number(Style style, int number) {
        return style.frenchDashNumbers() ? "- " + number + "." : number + ".";
    }

    @Override
    String operativeSeparator() {
        return " ;";
    }

    @Override
    Sentence directive(Resolution r, Directive d) {
        OperativeVerb verb = d.verb();
        StringBuilder rest = new StringBuilder();
        if (d.addressee() != null) {
            rest.append(addressee(verb.frenchBeforeAddressee(), d.addressee())).append(' ');
        }
        rest.append(switch (verb.frenchBeforeObject()) {
            case "de" -> French.de(d.action().fr());
            case "" -> d.action().fr();
            default -> verb.frenchBeforeObject() + " " + d.action().fr();
        });
        if (d.partner() != null) {
            rest.append(", en coordination avec ").append(d.partner().name().fr());
        }
        if (d.deadline() != null) {
            rest.append(deadline(d.deadline(), d.partner() != null, verb.frenchBeforeObject()));
        }
        return new Sentence(verb.french(), rest.toString());
    }

    @Override
    Sentence endorsement(Endorsement e) {
        String thing = e.verb().frenchBeforeObject().equals("de") ? French.de(e.thing().fr()) : e.thing().fr();
        return new Sentence(e.verb().french(), thing);
    }

    @Override
    Sentence acknowledgement(Acknowledgement a) {
        return new Sentence(a.verb().french(), addressee(a.verb().frenchBeforeAddressee(), a.addressee()) + " pour "
                + a.addressee().possessive().fr() + " efforts visant à " + a.action().fr());
    }

    @Override
    Sentence hostGratitude(Resolution r) {
        return new Sentence("EXPRIME", "sa profonde gratitude au Gouvernement et au peuple " + French.de(r.place().country().fr())
                + " pour avoir accueilli la " + OrdinalWords.frenchNumeric(r.session())
                + " session et pour les excellentes dispositions prises en vue de son succès");
    }

    @Override
    Sentence mandate(Resolution r, Mandate m) {
        String next = OrdinalWords.frenchNumeric(m.nextSession());
        if (r.style().variant() == 0) {
            return new Sentence("PRIE", "le Secrétaire général d'assurer le suivi de cette résolution et d'en rendre compte "
                    + French.a(r.body().shortName().fr()) + " à sa " + next + " session");
        }
        return new Sentence("DEMANDE", "au Secrétaire général de suivre l'application de la présente résolution"
                + " et de faire rapport à ce sujet à " + session(r.body(), m.nextSession()));
    }

    /** "la 48ème session ordinaire du Conseil des ministres des Affaires étrangères". */
    private static String session(Body body, int session) {
        return "la " + OrdinalWords.frenchNumeric(session) + " " + body.frenchSession() + " "
                + French.de(body.sessionName().fr());
    }

    private static String addressee(String before, Addressee addressee) {
        return before.equals("à") ? French.a(addressee.name().fr()) : addressee.name().fr();
    }

    /** The deadline with its leading punctuation; the yearly report repeats the verb's preposition. */
    private static String deadline(Deadline deadline, boolean afterPartner, String preposition) {
        String gap = afterPartner ? ", " : " ";
        return switch (deadline.kind()) {
            case END_OF_YEAR -> gap + "d'ici la fin de " + deadline.year();
            case BEFORE_NEXT_SESSION -> gap + "avant la prochaine session";
            case ANNUALLY -> ", et " + preposition
                    + " faire rapport chaque année sur les progrès accomplis";
        };
    }

    private static String numberCode(int number, int session, Topic topic) {
        return number + "/" + session + "-" + topic.code();
    }

    private static String place(Place place) {
        return place.city().fr() + ", " + French.withoutArticle(place.country().fr());
    }
}

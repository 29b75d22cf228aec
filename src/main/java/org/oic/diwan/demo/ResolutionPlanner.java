package org.oic.diwan.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.oic.diwan.demo.Addressee.Category;
import org.oic.diwan.demo.Resolution.Acknowledgement;
import org.oic.diwan.demo.Resolution.Deadline;
import org.oic.diwan.demo.Resolution.Directive;
import org.oic.diwan.demo.Resolution.EarlierResolution;
import org.oic.diwan.demo.Resolution.Endorsement;
import org.oic.diwan.demo.Resolution.HostGratitude;
import org.oic.diwan.demo.Resolution.Mandate;
import org.oic.diwan.demo.Resolution.OperativeParagraph;
import org.oic.diwan.demo.Resolution.PreambleContent;
import org.oic.diwan.demo.Resolution.PreambleParagraph;
import org.oic.diwan.demo.Resolution.Report;
import org.oic.diwan.demo.Resolution.Text;
import org.oic.diwan.demo.Vocabulary.GeneralKind;

/**
 * Decides what resolution number {@code index} says. All choices come from a random generator
 * seeded with the corpus seed and the index alone, so a document never depends on the others.
 */
final class ResolutionPlanner {

    private static final List<OperativeVerb> DIRECTIVE_VERBS = verbs(OperativeVerb.Kind.DIRECTIVE);
    private static final List<OperativeVerb> ENDORSEMENT_VERBS = verbs(OperativeVerb.Kind.ENDORSEMENT);
    private static final List<OperativeVerb> ACKNOWLEDGEMENT_VERBS = verbs(OperativeVerb.Kind.ACKNOWLEDGEMENT);

    // The usual order of preambular paragraphs: authorities first, the report last.
    private static final List<PreambleOpener> PREAMBLE_ORDER = List.of(
            PreambleOpener.GUIDED_BY, PreambleOpener.RECALLING, PreambleOpener.RECALLING_ALSO,
            PreambleOpener.REAFFIRMING, PreambleOpener.BEARING_IN_MIND, PreambleOpener.TAKING_INTO_ACCOUNT,
            PreambleOpener.AWARE, PreambleOpener.NOTING_WITH_APPRECIATION, PreambleOpener.WELCOMING,
            PreambleOpener.EMPHASIZING, PreambleOpener.CONVINCED, PreambleOpener.HAVING_CONSIDERED);

    private final Vocabulary vocabulary;
    private final SymbolAllocator allocator;
    private final Sessions sessions;
    private final long seed;

    ResolutionPlanner(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.allocator = new SymbolAllocator(vocabulary.topics(), seed);
        this.sessions = new Sessions(vocabulary, seed);
        this.seed = seed;
    }

    Resolution plan(int index) {
        SymbolAllocator.Slot slot = allocator.slot(index);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Body body = slot.body();
        Topic topic = slot.topic();
        int session = slot.session();
        Sessions.Session meeting = sessions.of(body, session);
        int year = meeting.dates().year();
        Phrase title = pick(random, vocabulary.existing(topic.titles(), year));
        Style style = style(random);
        List<PreambleParagraph> preamble = preamble(random, body, session, topic, year);
        boolean decidesAsFollows = random.nextDouble() < 0.7;
        List<OperativeParagraph> operative = operative(random, body, session, topic, year);
        Map<Integer, Phrase> headings = headings(random, operative.size());
        return new Resolution(body, session, topic, slot.number(), meeting.place(), meeting.theme(), meeting.dates(),
                title, preamble, decidesAsFollows, operative, headings, style);
    }

    private static Style style(SplittableRandom random) {
        double format = random.nextDouble();
        FileFormat fileFormat = format < 0.125 ? FileFormat.HTML : format < 0.325 ? FileFormat.MD : FileFormat.TXT;
        double numbering = random.nextDouble();
        Style.ArabicNumbering arabicNumbering = numbering < 0.4 ? Style.ArabicNumbering.DOT
                : numbering < 0.8 ? Style.ArabicNumbering.DASH : Style.ArabicNumbering.BULLET_DASH;
        return new Style(fileFormat, random.nextDouble() < 0.25, random.nextBoolean(), random.nextInt(4),
                random.nextDouble() < 0.3, arabicNumbering, random.nextDouble() < 0.35, random.nextInt(2));
    }

    private List<PreambleParagraph> preamble(SplittableRandom random, Body body, int session, Topic topic, int year) {
        int count = 3 + random.nextInt(5);
        boolean report = random.nextDouble() < 0.55;
        List<PreambleParagraph> chosen = new ArrayList<>();
        Set<PreambleOpener> used = EnumSet.noneOf(PreambleOpener.class);

        List<Phrase> principles = shuffled(random, vocabulary.existing(vocabulary.general(GeneralKind.PRINCIPLE), year));
        List<Phrase> recalls = shuffled(random, vocabulary.existing(vocabulary.general(GeneralKind.RECALL), year));
        double first = random.nextDouble();
        if (first < 0.45) {
            add(chosen, used, PreambleOpener.GUIDED_BY, new Text(principles.removeFirst()));
        } else if (first < 0.7) {
            add(chosen, used, PreambleOpener.BEARING_IN_MIND, new Text(principles.removeFirst()));
        } else {
            add(chosen, used, PreambleOpener.RECALLING, new Text(recalls.removeFirst()));
        }
        int earlierSession = session - 1 - (random.nextDouble() < 0.3 ? 1 : 0);
        if (random.nextDouble() < 0.6 && earlierSession >= 1) {
            Sessions.Session earlier = sessions.of(body, earlierSession);
            int number = 1 + random.nextInt(SymbolAllocator.NUMBERS_PER_ROUND);
            add(chosen, used, recalling(used),
                    new EarlierResolution(number, earlierSession, earlier.dates().year(), earlier.place()));
        }

        List<Candidate> candidates = new ArrayList<>();
        for (Phrase concern : vocabulary.existing(topic.concerns(), year)) {
            candidates.add(new Candidate(pick(random, List.of(PreambleOpener.AWARE, PreambleOpener.TAKING_INTO_ACCOUNT,
                    PreambleOpener.BEARING_IN_MIND)), new Text(concern)));
        }
        for (Phrase progress : vocabulary.existing(topic.progress(), year)) {
            candidates.add(new Candidate(random.nextBoolean() ? PreambleOpener.NOTING_WITH_APPRECIATION
                    : PreambleOpener.WELCOMING, new Text(progress)));
        }
        for (Phrase belief : vocabulary.existing(topic.beliefs(), year)) {
            candidates.add(new Candidate(PreambleOpener.CONVINCED, new Text(belief)));
        }
        candidates.add(new Candidate(PreambleOpener.EMPHASIZING, new Text(topic.field())));
        if (!principles.isEmpty()) {
            candidates.add(new Candidate(PreambleOpener.REAFFIRMING, new Text(principles.removeFirst())));
        }
        if (!recalls.isEmpty()) {
            candidates.add(new Candidate(PreambleOpener.RECALLING, new Text(recalls.removeFirst())));
        }
        shuffle(random, candidates);
        int wanted = count - (report ? 1 : 0);
        for (Candidate candidate : candidates) {
            if (chosen.size() >= wanted) {
                break;
            }
            PreambleOpener opener = candidate.opener() == PreambleOpener.RECALLING ? recalling(used) : candidate.opener();
            if (opener != null && !used.contains(opener)) {
                add(chosen, used, opener, candidate.content());
            }
        }
        if (report) {
            add(chosen, used, PreambleOpener.HAVING_CONSIDERED, new Report());
        }
        chosen.sort(Comparator.comparingInt(p -> PREAMBLE_ORDER.indexOf(p.opener())));
        return List.copyOf(chosen);
    }

    /** "Recalling" the first time, "Recalling also" the second, nothing after that. */
    private static PreambleOpener recalling(Set<PreambleOpener> used) {
        if (!used.contains(PreambleOpener.RECALLING)) {
            return PreambleOpener.RECALLING;
        }
        return used.contains(PreambleOpener.RECALLING_ALSO) ? null : PreambleOpener.RECALLING_ALSO;
    }

    private static void add(List<PreambleParagraph> chosen, Set<PreambleOpener> used, PreambleOpener opener,
            PreambleContent content) {
        used.add(opener);
        chosen.add(new PreambleParagraph(opener, content));
    }

    private List<OperativeParagraph> operative(SplittableRandom random, Body body, int session, Topic topic,
            int year) {
        int count = 4 + random.nextInt(7);
        boolean mandate = random.nextDouble() < 0.95;
        boolean host = count >= 5 && random.nextDouble() < 0.2;
        int free = count - (mandate ? 1 : 0) - (host ? 1 : 0);

        List<Phrase> actions = shuffled(random, vocabulary.existing(topic.actions(), year));
        List<Phrase> generic = shuffled(random, vocabulary.existing(vocabulary.general(GeneralKind.ACTION), year));
        actions.add(random.nextInt(actions.size() + 1), generic.getFirst());
        List<Phrase> things = shuffled(random, vocabulary.existing(topic.nouns(), year));
        List<Addressee> candidates = partners(topic, body, year);

        List<OperativeParagraph> paragraphs = new ArrayList<>(count);
        String previousVerb = "";
        for (int i = 0; i < free; i++) {
            double kind = random.nextDouble();
            if (i == 0 && kind >= 0.85) {
                // The first operative paragraph usually approves or asks, rarely thanks.
                kind = random.nextDouble() * 0.85;
            }
            // The vocabulary guarantees enough actions and things together for the longest resolution.
            OperativeVerb verb;
            boolean endorsement = kind < 0.25 && !things.isEmpty() || actions.isEmpty();
            Phrase decision = !endorsement && kind < 0.33 && !previousVerb.equals(OperativeVerb.DECIDES.english())
                    ? take(actions, action -> vocabulary.scope(action).decidable())
                    : null;
            if (endorsement) {
                verb = pickOther(random, ENDORSEMENT_VERBS, previousVerb);
                paragraphs.add(new Endorsement(verb, things.removeFirst()));
            } else if (decision != null) {
                verb = OperativeVerb.DECIDES;
                paragraphs.add(new Directive(verb, null, decision, null,
                        random.nextDouble() < 0.3 ? deadline(random, year) : null));
            } else if (kind < 0.85) {
                Assignment assignment = assignment(random, candidates, topic, actions);
                Addressee addressee = assignment.addressee();
                List<OperativeVerb> verbs = DIRECTIVE_VERBS.stream().filter(v -> v.suits(addressee.category())).toList();
                verb = pickOther(random, verbs, previousVerb);
                Addressee partner = random.nextDouble() < 0.2
                        ? partner(random, candidates, addressee, assignment.action())
                        : null;
                Deadline deadline = random.nextDouble() < 0.3 ? deadline(random, year) : null;
                paragraphs.add(new Directive(verb, addressee, assignment.action(), partner, deadline));
            } else {
                verb = pickOther(random, ACKNOWLEDGEMENT_VERBS, previousVerb);
                Assignment assignment = assignment(random, candidates, topic, actions);
                paragraphs.add(new Acknowledgement(verb, assignment.addressee(), assignment.action()));
            }
            previousVerb = verb.english();
        }
        if (host) {
            paragraphs.add(new HostGratitude());
        }
        if (mandate) {
            paragraphs.add(new Mandate(session + 1));
        }
        return List.copyOf(paragraphs);
    }

    /**
     * Someone to address and an action that suits them: the first remaining action they can carry
     * out, or, when none is left, the next action given to member states or the Secretary General.
     */
    private Assignment assignment(SplittableRandom random, List<Addressee> partners, Topic topic, List<Phrase> actions) {
        Addressee addressee = addressee(random, partners, topic);
        Phrase action = take(actions, candidate -> vocabulary.scope(candidate).suits(addressee.category()));
        if (action != null) {
            return new Assignment(addressee, action);
        }
        action = actions.removeFirst();
        String fallback = vocabulary.scope(action) == ActionScope.MEMBER_STATES ? "MS" : "SG";
        return new Assignment(vocabulary.addressee(fallback), action);
    }

    private record Assignment(Addressee addressee, Phrase action) {
    }

    /** Removes and returns the first phrase that matches, or {@code null} when none does. */
    private static Phrase take(List<Phrase> phrases, Predicate<Phrase> matches) {
        for (Iterator<Phrase> it = phrases.iterator(); it.hasNext();) {
            Phrase phrase = it.next();
            if (matches.test(phrase)) {
                it.remove();
                return phrase;
            }
        }
        return null;
    }

    /** The topic's partner institutions that existed in the given year, except the adopting body itself. */
    private List<Addressee> partners(Topic topic, Body body, int year) {
        List<Addressee> partners = new ArrayList<>();
        for (String key : topic.partnerKeys()) {
            Addressee partner = vocabulary.addressee(key);
            if (vocabulary.existed(partner, year) && !key.equals(body.code())) {
                partners.add(partner);
            }
        }
        return partners;
    }

    /** Member states most often, then the Secretary General, the topic's partners and its department. */
    private Addressee addressee(SplittableRandom random, List<Addressee> partners, Topic topic) {
        double who = random.nextDouble();
        if (who < 0.33) {
            return vocabulary.addressee("MS");
        }
        if (who < 0.5) {
            return vocabulary.addressee("SG");
        }
        if (who < 0.6) {
            return vocabulary.addressee("GS");
        }
        if (who < 0.72) {
            return vocabulary.addressee(topic.departmentKey());
        }
        if (who < 0.77 || partners.isEmpty()) {
            return vocabulary.addressee(random.nextBoolean() ? "SUB" : "SPEC");
        }
        return pick(random, partners);
    }

    /** An institution to coordinate with: neither the addressee nor one the action already names. */
    private static Addressee partner(SplittableRandom random, List<Addressee> partners, Addressee addressee,
            Phrase action) {
        List<Addressee> others = new ArrayList<>();
        for (Addressee candidate : partners) {
            if (!candidate.equals(addressee) && candidate.category() == Category.INSTITUTION
                    && !candidate.namedIn(action.en())) {
                others.add(candidate);
            }
        }
        return others.isEmpty() ? null : pick(random, others);
    }

    private static Deadline deadline(SplittableRandom random, int year) {
        double kind = random.nextDouble();
        if (kind < 0.6) {
            return new Deadline(Deadline.Kind.END_OF_YEAR, year + 1 + random.nextInt(2));
        }
        return new Deadline(kind < 0.8 ? Deadline.Kind.ANNUALLY : Deadline.Kind.BEFORE_NEXT_SESSION, year);
    }

    /** Sometimes a sub-heading over the first operative paragraphs and another over the rest. */
    private Map<Integer, Phrase> headings(SplittableRandom random, int operativeCount) {
        if (operativeCount < 6 || random.nextDouble() >= 0.15) {
            return Map.of();
        }
        List<Phrase> pool = shuffled(random, vocabulary.general(GeneralKind.HEADING));
        Map<Integer, Phrase> headings = new HashMap<>();
        headings.put(0, pool.get(0));
        headings.put(2 + random.nextInt(operativeCount - 3), pool.get(1));
        return Map.copyOf(headings);
    }

    private record Candidate(PreambleOpener opener, PreambleContent content) {
    }

    private static List<OperativeVerb> verbs(OperativeVerb.Kind kind) {
        return Arrays.stream(OperativeVerb.values()).filter(v -> v.kind() == kind).toList();
    }

    /** A verb that does not repeat the previous paragraph's English verb, when the list allows it. */
    private static OperativeVerb pickOther(SplittableRandom random, List<OperativeVerb> verbs, String previous) {
        List<OperativeVerb> others = verbs.stream().filter(v -> !v.english().equals(previous)).toList();
        return pick(random, others.isEmpty() ? verbs : others);
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static <T> List<T> shuffled(SplittableRandom random, List<T> list) {
        List<T> copy = new ArrayList<>(list);
        shuffle(random, copy);
        return copy;
    }

    private static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}

package org.oic.diwan.mandates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.oic.diwan.reading.OperativeVerb;
import org.oic.diwan.reading.Phrases;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.VerbStrength;
import org.oic.diwan.text.Language;

/**
 * Reads the mandates of one language version: for each operative paragraph, the addressees named
 * just after its verb, the actions asked of them, and when they are due.
 *
 * <p>The addressees are the names that follow the verb ("Requests <u>the Secretary General</u>",
 * "يطلب من <u>الأمين العام</u>"), joined by "and" or a comma; a name further on is the object of
 * the request, not its addressee ("to coordinate with Member States"). The actions are the first
 * verb after the addressees and each verb joined to it ("to follow up ... and to report"), so that
 * an object ("متابعة <u>تنفيذ</u> هذا القرار") is not taken for a second action. A decision that names
 * nobody after its verb may still entrust someone ("Decides to entrust the General Secretariat
 * with ..."): the same reading starts again after the inner verb.
 */
public final class MandateReader {

    /** How many words may stand between the verb and the first addressee ("Requests, in this regard, the ..."). */
    private static final int MAX_LEAD_WORDS = 7;
    /** How many words may join two addressees ("Member States of the OIC and the ..."). */
    private static final int MAX_JOIN_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CONJUNCTION = Pattern.compile(
            "(?iu)(?:^|[\\s,،;؛])(?:and|et|or|ou|as well as|ainsi que|together with|along with|و|أو|وكذلك)(?:[\\s,،]|$)|[,،]|(?:^|\\s)و$|(?:^|\\s)و(?=\\p{L}+\\s*$)");
    /** "and to", "et de", ", to", Arabic's و joined to the verbal noun: a second verb asked of the same addressees. */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?iu)(?:\\band|\\bet|\\bor|\\bou|,|،|\\bthen|\\bensuite|\\bpuis)\\s*(?:also\\s+|également\\s+|further\\s+)?(?:to\\s+|de\\s+|d['’]|à\\s+|en\\s+)?(?:en\\s+|lui\\s+|leur\\s+|le\\s+|la\\s+|les\\s+|l['’])?$|(?:^|\\s)و$|(?:^|\\s)و(?:ال)?$");
    /** How many words may stand between two actions asked together ("to follow up the implementation of this resolution and to report"). */
    private static final int MAX_OBJECT_WORDS = 16;
    /** A name joined by these is a partner of the addressees, not one of them ("in coordination with the Legal Department"). */
    private static final Pattern PARTNER = Pattern.compile(
            "(?iu)\\b(?:with|avec|by|par|under|sous|from|de la part)\\b|(?:^|\\s)(?:مع|من|بتوجيه|بإشراف|بالتعاون|بالتنسيق)(?:\\s|$)");
    /** Actions that take another as their object: "continue organizing", "cooperate in developing", "coordinate ... to organize". */
    private static final Set<String> CHAINING = Set.of("continue", "cooperate", "coordinate", "strengthen");
    /** What may stand between a chaining action and the one it carries. */
    private static final Pattern CHAINED = Pattern.compile(
            "(?iu)(?:^\\s*$|(?:\\bto|\\bin|\\bà|\\bde|\\bd['’]|\\bpour|afin de|en vue de|in order to|so as to|with a view to|من أجل|بهدف|في)\\s*$)");
    /** How many words may stand between a chaining action and the one it carries. */
    private static final int MAX_CHAIN_WORDS = 6;
    /** Verbs that decide rather than ask: someone is addressed only through an inner verb ("Decides to entrust ..."). */
    private static final Set<String> DECISIONS = Set.of("Decides", "Approves", "Adopts", "Endorses", "Declares", "Resolves");
    /** Verbs inside a decision that hand its execution to someone. */
    private static final Pattern ENTRUSTING = Pattern.compile(
            "(?iu)\\b(?:to entrust|entrusts|to request|to mandate|to instruct|to task|to charge|that|de charger|de confier à|de demander à|de prier|que)\\b|تكليف|الطلب من|أن تقوم|أن يقوم");

    private final Addressees addressees;

    public MandateReader(Addressees addressees) {
        this.addressees = addressees;
    }

    /** Every operative paragraph of the version, read for its mandate. */
    public List<ParagraphMandate> read(ReadDocument version) {
        List<ParagraphMandate> read = new ArrayList<>();
        Integer adopting = version.session() == null ? null : version.session().number();
        for (ReadDocument.Resolution resolution : version.resolutions()) {
            String key = resolution.number() == null ? null : resolution.number().key();
            int position = 0;
            for (ReadDocument.Operative paragraph : resolution.operative()) {
                position++;
                read.add(paragraph(version.file(), resolution.index(), key, position, paragraph, version.language(), adopting));
            }
        }
        return read;
    }

    ParagraphMandate paragraph(String file, int resolution, String key, int position, ReadDocument.Operative paragraph, Language language,
            Integer adopting) {
        String text = paragraph.text();
        OperativeVerb verb = paragraph.verb();
        VerbStrength strength = verb == null ? VerbStrength.NONE : verb.strength();
        List<String> who = List.of();
        List<String> what = List.of();
        String object = null;
        Due due = null;
        if (strength != VerbStrength.NONE) {
            int from = verbEnd(text, verb.printed());
            // "Approves the budget of the General Secretariat": a decision names bodies without asking them anything
            Request request = DECISIONS.contains(verb.canonical()) ? Request.NONE : request(text, from);
            if (request.addressees().isEmpty() && verb.strength() == VerbStrength.BINDING) {
                request = entrusted(text, from);
            }
            if (!request.addressees().isEmpty()) {
                who = request.addressees();
                what = request.actions();
                object = request.objectStart() < 0 ? null : text.substring(request.objectStart()).strip();
                due = DueReader.of(text.substring(from), language, adopting).orElse(null);
            }
        }
        return new ParagraphMandate(file, resolution, key, position, paragraph.number(), verb == null ? null : verb.canonical(),
                strength, who, what, object, due, text, paragraph.start(), paragraph.end());
    }

    /** The addressees and actions of a request starting at from, just after its verb. */
    private record Request(List<String> addressees, List<String> actions, int objectStart) {
        static final Request NONE = new Request(List.of(), List.of(), -1);
    }

    private Request request(String text, int from) {
        List<Phrases.Found<String>> named = addressees.in(text.substring(from));
        List<Phrases.Found<String>> verbs = Actions.get().in(text.substring(from));
        // "منظمة تنمية المرأة", "Islamic Development Bank": a name, not a request to develop
        verbs.removeIf(v -> v.value().equals(Actions.NOT_AN_ACTION)
                || named.stream().anyMatch(n -> v.start() < n.end() && v.end() > n.start()));
        Set<String> who = new LinkedHashSet<>();
        int end = -1;
        for (Phrases.Found<String> name : named) {
            if (end >= 0 && who.contains(name.value()) && words(text.substring(from + end, from + name.start())) <= 1) {
                end = name.end(); // "the Islamic Development Bank (IsDB)": the same addressee again
                continue;
            }
            if (end < 0) {
                String lead = text.substring(from, from + name.start());
                if (words(lead) > MAX_LEAD_WORDS || before(verbs, name.start())) {
                    break;
                }
            } else {
                String gap = text.substring(from + end, from + name.start());
                if (words(gap) > MAX_JOIN_WORDS || !CONJUNCTION.matcher(gap).find() || PARTNER.matcher(gap).find()
                        || within(verbs, end, name.start())) {
                    break;
                }
            }
            who.add(name.value());
            end = name.end();
        }
        if (who.isEmpty()) {
            return Request.NONE;
        }
        List<String> what = new ArrayList<>();
        int objectStart = -1;
        int last = -1;
        for (Phrases.Found<String> action : verbs) {
            if (action.start() < end) {
                continue;
            }
            String before = text.substring(from + (last < 0 ? end : last), from + action.start());
            if (last < 0) {
                objectStart = from + action.start();
                what.add(action.value());
                last = action.end();
            } else if (CHAINING.contains(what.get(what.size() - 1)) && words(before) <= MAX_CHAIN_WORDS
                    && CHAINED.matcher(before).find() && !what.contains(action.value())) {
                what.add(action.value());
                last = action.end();
            } else if (words(before) > MAX_OBJECT_WORDS) {
                break;
            } else if (COORDINATED.matcher(before).find() && !what.contains(action.value())) {
                what.add(action.value());
                last = action.end();
            } else if (COORDINATED.matcher(before).find()) {
                last = action.end();
            }
        }
        return new Request(List.copyOf(who), List.copyOf(what), objectStart);
    }

    /** "Decides to entrust the General Secretariat with ...": the request after the inner verb. */
    private Request entrusted(String text, int from) {
        var m = ENTRUSTING.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            Request inner = request(text, m.end());
            if (!inner.addressees().isEmpty()) {
                return inner;
            }
        }
        return Request.NONE;
    }

    private static boolean before(List<Phrases.Found<String>> verbs, int position) {
        return verbs.stream().anyMatch(v -> v.end() <= position);
    }

    private static boolean within(List<Phrases.Found<String>> verbs, int from, int to) {
        return verbs.stream().anyMatch(v -> v.start() >= from && v.end() <= to);
    }

    private static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Where the verb ends in the paragraph: after its printed words, found in order. */
    static int verbEnd(String text, String printed) {
        String lower = text.toLowerCase(Locale.ROOT);
        int position = 0;
        for (String word : printed.toLowerCase(Locale.ROOT).split("\\s+")) {
            int i = lower.indexOf(word, position);
            if (i < 0) {
                return position;
            }
            position = i + word.length();
        }
        return position;
    }

}

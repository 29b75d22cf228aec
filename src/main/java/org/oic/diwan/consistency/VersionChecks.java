package org.oic.diwan.consistency;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oic.diwan.reading.BodyMention;
import org.oic.diwan.reading.Bodies;
import org.oic.diwan.reading.DateFinder;
import org.oic.diwan.reading.GregorianSpan;
import org.oic.diwan.reading.HeaderDates;
import org.oic.diwan.reading.HijriSpan;
import org.oic.diwan.reading.OrdinalMention;
import org.oic.diwan.reading.Ordinals;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.Segment;
import org.oic.diwan.reading.SegmentKind;

/** Findings inside one version: dates that disagree, a header naming another body, broken numbering. */
final class VersionChecks {

    /** How far apart (in characters) a Hijri date and the Gregorian date printed with it may stand. */
    private static final int PAIR_DISTANCE = 60;

    private VersionChecks() {}

    static List<Finding> of(ReadDocument version) {
        List<Finding> findings = new ArrayList<>();
        dateAgreement(version, findings);
        headerAndOpeningDates(version, findings);
        headerBody(version, findings);
        numbering(version, findings);
        return findings;
    }

    /** Each Hijri date against the Gregorian date printed next to it, under Umm al-Qura. */
    private static void dateAgreement(ReadDocument version, List<Finding> findings) {
        for (Segment segment : version.segments()) {
            if (segment.kind() == SegmentKind.TOC) {
                continue;
            }
            String raw = version.text().substring(segment.start(), segment.end());
            List<GregorianSpan> gregorian = DateFinder.gregorian(raw);
            for (HijriSpan hijri : DateFinder.hijri(raw)) {
                Optional<GregorianSpan> printed = nearest(hijri, gregorian);
                Optional<LocalDate> computed = hijri.from().toGregorian();
                if (printed.isEmpty() || computed.isEmpty()) {
                    continue;
                }
                long days = Math.abs(ChronoUnit.DAYS.between(computed.get(), printed.get().from()));
                if (days == 0) {
                    continue;
                }
                int start = segment.start() + Math.min(hijri.start(), printed.get().start());
                int end = segment.start() + Math.max(hijri.end(), printed.get().end());
                Location location = location(version, segment, start, end);
                if (days == 1) {
                    findings.add(new Finding("hijri-gregorian-one-day", Severity.INFO,
                            Message.of("hijri-gregorian-one-day", hijri.from(), computed.get(), printed.get().from()),
                            List.of(location)));
                } else {
                    findings.add(new Finding("hijri-gregorian-mismatch", Severity.ERROR,
                            Message.of("hijri-gregorian-mismatch", hijri.from(), computed.get(), printed.get().from(), days),
                            List.of(location)));
                }
            }
        }
    }

    /** The Gregorian date nearest to a Hijri one (both lists in text order): a binary search, so long texts stay linear. */
    private static Optional<GregorianSpan> nearest(HijriSpan hijri, List<GregorianSpan> gregorian) {
        int low = 0;
        int high = gregorian.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (gregorian.get(mid).start() < hijri.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        GregorianSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, low - 1); i <= Math.min(gregorian.size() - 1, low); i++) {
            GregorianSpan span = gregorian.get(i);
            int distance = span.start() >= hijri.end() ? span.start() - hijri.end() : hijri.start() - span.end();
            if (distance >= -1 && distance < bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return bestDistance <= PAIR_DISTANCE ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The session's dates in the header against those in the opening paragraph of each resolution. */
    private static void headerAndOpeningDates(ReadDocument version, List<Finding> findings) {
        Optional<Segment> header = version.segments().stream().filter(s -> s.kind() == SegmentKind.HEADER).findFirst();
        if (header.isEmpty()) {
            return;
        }
        String headerText = raw(version, header.get());
        List<HijriSpan> headerHijri = DateFinder.hijri(headerText);
        List<GregorianSpan> headerGregorian = HeaderDates.session(headerText).stream().toList();
        Set<Integer> seen = new HashSet<>();
        for (Segment opening : version.segments()) {
            if (opening.kind() != SegmentKind.OPENING || !seen.add(opening.resolution())) {
                continue;
            }
            String openingText = raw(version, opening);
            List<HijriSpan> openingHijri = DateFinder.hijri(openingText);
            List<GregorianSpan> openingGregorian = DateFinder.gregorian(openingText);
            if (!headerHijri.isEmpty() && !openingHijri.isEmpty()) {
                HijriSpan a = headerHijri.get(0);
                HijriSpan b = openingHijri.get(0);
                if (!a.from().equals(b.from()) || !a.to().equals(b.to())) {
                    findings.add(new Finding("header-opening-dates-differ", Severity.WARNING,
                            Message.of("header-opening-dates-differ", range(a.from(), a.to()), range(b.from(), b.to())),
                            List.of(location(version, header.get(), header.get().start() + a.start(), header.get().start() + a.end()),
                                    location(version, opening, opening.start() + b.start(), opening.start() + b.end()))));
                }
            }
            if (!headerGregorian.isEmpty() && !openingGregorian.isEmpty()) {
                GregorianSpan a = headerGregorian.get(0);
                GregorianSpan b = openingGregorian.get(0);
                if (!a.from().equals(b.from()) || !a.to().equals(b.to())) {
                    findings.add(new Finding("header-opening-dates-differ", Severity.WARNING,
                            Message.of("header-opening-dates-differ", range(a.from(), a.to()), range(b.from(), b.to())),
                            List.of(location(version, header.get(), header.get().start() + a.start(), header.get().start() + a.end()),
                                    location(version, opening, opening.start() + b.start(), opening.start() + b.end()))));
                }
            }
        }
    }

    /** The body the header names against the body the opening paragraph says adopted the resolution. */
    private static void headerBody(ReadDocument version, List<Finding> findings) {
        Optional<Segment> header = version.segments().stream().filter(s -> s.kind() == SegmentKind.HEADER).findFirst();
        Optional<Segment> opening = version.segments().stream().filter(s -> s.kind() == SegmentKind.OPENING).findFirst();
        if (header.isEmpty() || opening.isEmpty()) {
            return;
        }
        String headerText = raw(version, header.get());
        // The header names the adopting body after the session's ordinal ("49TH SESSION OF THE
        // COUNCIL ..."); other bodies it names are the subject, and the symbol is no sentence.
        List<OrdinalMention> ordinals = Ordinals.find(headerText, version.language());
        if (ordinals.isEmpty()) {
            return;
        }
        int after = ordinals.get(0).end();
        List<BodyMention> inHeader = Bodies.find(headerText, version.language()).stream()
                .filter(m -> !inSymbolLine(headerText, m))
                .filter(m -> m.start() >= after && m.start() - after <= 80)
                .toList();
        List<BodyMention> inOpening = Bodies.find(raw(version, opening.get()), version.language());
        if (inHeader.isEmpty() || inOpening.isEmpty()) {
            return;
        }
        BodyMention named = inHeader.get(0);
        BodyMention adopting = inOpening.get(0);
        if (!named.code().equals(adopting.code())) {
            findings.add(new Finding("body-mismatch", Severity.ERROR,
                    Message.of("body-mismatch", Bodies.name(named.code(), version.language()),
                            Bodies.name(adopting.code(), version.language())),
                    List.of(location(version, header.get(), header.get().start() + named.start(), header.get().start() + named.end()),
                            location(version, opening.get(), opening.get().start() + adopting.start(),
                                    opening.get().start() + adopting.end()))));
        }
    }

    /** Operative numbering: 1, 2, 3 ... within a resolution, starting again only under a sub-heading. */
    private static void numbering(ReadDocument version, List<Finding> findings) {
        for (ReadDocument.Resolution resolution : version.resolutions()) {
            Integer previous = null;
            String previousHeading = null;
            Set<Integer> seen = new HashSet<>();
            String label = Findings.resolutionLabel(resolution);
            for (ReadDocument.Operative paragraph : resolution.operative()) {
                if (paragraph.number() == null || !paragraph.number().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                int number = Integer.parseInt(paragraph.number());
                boolean newSection = paragraph.heading() != null && !paragraph.heading().equals(previousHeading);
                Location here = new Location(version.file(), version.language().code(), "operative " + number,
                        paragraph.start(), paragraph.end());
                if (previous == null || newSection) {
                    if (number != 1 && previous == null) {
                        findings.add(new Finding("numbering-start", Severity.WARNING,
                                Message.of("numbering-start", label, number), List.of(here)));
                    }
                    seen.clear();
                } else if (number == previous) {
                    findings.add(new Finding("numbering-repeat", Severity.WARNING,
                            Message.of("numbering-repeat", label, number), List.of(here)));
                } else if (number < previous) {
                    findings.add(new Finding("numbering-restart", Severity.WARNING,
                            Message.of("numbering-restart", label, number), List.of(here)));
                } else if (number > previous + 1) {
                    findings.add(new Finding("numbering-gap", Severity.WARNING,
                            Message.of("numbering-gap", label, previous, number), List.of(here)));
                }
                seen.add(number);
                previous = number;
                previousHeading = paragraph.heading();
            }
        }
    }

    private static boolean inSymbolLine(String text, BodyMention mention) {
        int lineStart = text.lastIndexOf('\n', mention.start()) + 1;
        int lineEnd = text.indexOf('\n', mention.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return line.chars().filter(c -> c == '/').count() >= 2;
    }

    private static String range(Object from, Object to) {
        return from.equals(to) ? String.valueOf(from) : from + " – " + to;
    }

    private static String raw(ReadDocument version, Segment segment) {
        return version.text().substring(segment.start(), segment.end());
    }

    static Location location(ReadDocument version, Segment segment, int start, int end) {
        return new Location(version.file(), version.language().code(), Findings.paragraphLabel(version, segment), start, end);
    }
}

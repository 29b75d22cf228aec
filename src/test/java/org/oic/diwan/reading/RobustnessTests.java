package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;
import org.oic.diwan.text.Language;

/**
 * Whatever the text, the readers answer, with offsets inside it, and in time proportional to its
 * length: they scan once with tries and bounded look-arounds, and use no backtracking pattern.
 */
class RobustnessTests {

    /** Pieces that look like the things read, so that random texts reach the readers' corners. */
    private static final List<String> PIECES = List.of(
            "16", "17", "1444", "2023", "٢٤", "۲۵", "1er", "49th", "49^{ÈME}", "^{", "}", "-", " – ", "—", "/", ".", ",",
            " ", "  ", "\n", "\u00A0", "ـ", "َ", "و", "ل", "لل", "ال", "الـ", "من", "إلى", "au", "to", "and", "et", "of",
            "March", "mars", "مارس", "شعبان", "Shaaban", "Rabi", " I", "I", "ربيع", "الأول", "Dhul", "Hijjah", "هـ", "H",
            "A.H.", "م", "الدورة", "session", "التاسعة", "والأربعين", "عشرة", "Forty", "-Ninth", "quatre", "vingt",
            "dixième", "Council of Foreign Ministers", "مجلس وزراء", "الخارجية", "COMCEC", "كومسيك", "Makkah",
            "مكة", "Nouakchott", "Republic of", "دولة", "الكويت", "**", "'", "’", "xiii", "e", "é", "İ", "ß", "\uFFFF",
            "\uD83D\uDE00", "\uD800", "0", "00", "31", "32", "99999999999");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void anyTextIsReadWithoutFailure(@ForAll("texts") String text) {
        check(text);
    }

    @Property(tries = 500)
    void anyCharsAreReadWithoutFailure(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        for (GregorianSpan s : DateFinder.gregorian(text)) {
            inside(text, s.start(), s.end());
        }
        for (HijriSpan s : DateFinder.hijri(text)) {
            inside(text, s.start(), s.end());
        }
        for (Language language : Language.values()) {
            for (OrdinalMention m : Ordinals.find(text, language)) {
                inside(text, m.start(), m.end());
            }
            for (BodyMention m : Bodies.find(text, language)) {
                inside(text, m.start(), m.end());
            }
            for (PlaceMention m : Places.find(text, language)) {
                inside(text, m.start(), m.end());
            }
            Ordinals.parse(text, language);
        }
    }

    private static void inside(String text, int start, int end) {
        assertThat(start).isBetween(0, text.length());
        assertThat(end).isBetween(start, text.length());
    }

    @Test
    void aLongTextIsReadInOnePass() {
        // About 5 MB of real resolutions and hostile runs; a quadratic reader would not finish.
        StringBuilder text = new StringBuilder(5_300_000);
        String seeds = String.join("\n", Seeds.all().stream().map(p -> Seeds.text(p.getFileName().toString().substring(0, 3))).toList());
        Random random = new Random(49);
        while (text.length() < 5_000_000) {
            switch (random.nextInt(6)) {
                case 0 -> text.append(seeds);
                case 1 -> text.append("16 - ".repeat(2_000));
                case 2 -> text.append("مارس ".repeat(2_000));
                case 3 -> text.append("Council - of - Foreign - ".repeat(1_000));
                case 4 -> text.append("وو".repeat(5_000)).append(' ');
                default -> text.append("1".repeat(10_000)).append("th ");
            }
        }
        String big = text.toString();
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            assertThat(DateFinder.gregorian(big)).isNotEmpty();
            assertThat(DateFinder.hijri(big)).isNotEmpty();
            assertThat(Ordinals.find(big, Language.AR)).isNotEmpty();
            assertThat(Bodies.find(big, Language.EN)).isNotEmpty();
            assertThat(Places.find(big, Language.FR)).isNotEmpty();
        }, "a hang, not a speed claim: the readers are linear");
    }

    @Test
    void aLineWithoutSpacesDoesNotHang() {
        String text = "16-".repeat(300_000) + "مارس2023" + "1/".repeat(300_000) + "2023";
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            DateFinder.gregorian(text);
            DateFinder.hijri(text);
            Ordinals.find(text, null);
        });
    }
}

package org.oic.diwan.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oic.diwan.reading.ReadDocument;
import org.oic.diwan.reading.ResolutionReader;
import org.oic.diwan.text.Language;

/** Each kind of finding, on small resolutions written for the test, and its messages in the three languages. */
class FindingsTests {

    private static final String ENGLISH = """
            OIC/CFM-50/2024/LEG/FINAL

            RESOLUTION ON LEGAL AFFAIRS
            ADOPTED BY THE 50TH SESSION OF THE COUNCIL OF FOREIGN MINISTERS
            YAOUNDE, REPUBLIC OF CAMEROON, 29–30 AUGUST 2024 (25–26 SAFAR 1446H)

            Resolution No. 3/50-LEG

            The Council of Foreign Ministers, meeting in its Fiftieth Session in Yaounde on 29–30 August 2024,

            Recalling its resolution on the matter adopted in 2023;

            Decides as follows:

            1. Requests the member states to ratify the statute by the end of 2025;

            2. Invites the General Secretariat to convene a meeting of experts;

            3. Requests the Secretary General to report thereon to the 51st session.
            """;

    private static final String FRENCH = """
            OIC/CFM-50/2024/LEG/RES/FINAL

            RÉSOLUTION SUR LES AFFAIRES JURIDIQUES
            ADOPTÉE PAR LA 50ème SESSION DU CONSEIL DES MINISTRES DES AFFAIRES ÉTRANGÈRES
            YAOUNDÉ, RÉPUBLIQUE DU CAMEROUN, 29-30 AOÛT 2024 (25-26 SAFAR 1446H)

            RÉSOLUTION N°3/50-LEG

            Le Conseil des ministres des affaires étrangères, réuni en sa cinquantième session à Yaoundé les 29-30 août 2024,

            Rappelant sa résolution sur la question adoptée en 2023 ;

            Décide ce qui suit :

            1. DEMANDE aux États membres de ratifier le statut d'ici la fin de 2026 ;

            2. INVITE le Secrétariat général à convoquer une réunion d'experts ;

            3. PRIE le Secrétaire général de faire rapport à ce sujet à la 52ème session.
            """;

    @Test
    void versionsThatDisagreeOnDeadlineAndReportingSession() {
        List<Finding> findings = Findings.of(List.of(read("en", ENGLISH, Language.EN), read("fr", FRENCH, Language.FR)));
        assertThat(kinds(findings)).contains("session-reference-mismatch", "number-mismatch");
        Finding session = findings.stream().filter(f -> f.kind().equals("session-reference-mismatch")).findFirst().orElseThrow();
        assertThat(session.severity()).isEqualTo(Severity.ERROR);
        assertThat(session.message().en()).contains("51: en").contains("52: fr");
        assertThat(session.locations()).extracting(Location::file).containsExactlyInAnyOrder("en", "fr");
        Finding deadline = findings.stream().filter(f -> f.kind().equals("number-mismatch")).findFirst().orElseThrow();
        assertThat(deadline.message().en()).contains("2025: en").contains("2026: fr");
    }

    @Test
    void versionsThatAgreeHaveNoFinding() {
        String sameDeadline = FRENCH.replace("fin de 2026", "fin de 2025").replace("52ème", "51ème");
        assertThat(Findings.of(List.of(read("en", ENGLISH, Language.EN), read("fr", sameDeadline, Language.FR)))).isEmpty();
    }

    @Test
    void aMissingOperativeParagraph() {
        String shorter = FRENCH.replace("2. INVITE le Secrétariat général à convoquer une réunion d'experts ;", "")
                .replace("3. PRIE", "2. PRIE").replace("52ème", "51ème").replace("fin de 2026", "fin de 2025");
        List<Finding> findings = Findings.of(List.of(read("en", ENGLISH, Language.EN), read("fr", shorter, Language.FR)));
        assertThat(kinds(findings)).contains("operative-count-mismatch");
    }

    @Test
    void hijriAndGregorianDatesThatDisagree() {
        // 25 Safar 1446 is 29 August 2024 under Umm al-Qura; 27 Safar is two days off, 26 one day
        String twoDaysOff = ENGLISH.replace("(25–26 SAFAR 1446H)", "(27–28 SAFAR 1446H)");
        assertThat(Findings.of(List.of(read("en", twoDaysOff, Language.EN))))
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("hijri-gregorian-mismatch");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                });
        String oneDayOff = ENGLISH.replace("(25–26 SAFAR 1446H)", "(26–27 SAFAR 1446H)");
        assertThat(Findings.of(List.of(read("en", oneDayOff, Language.EN))))
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("hijri-gregorian-one-day");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                })
                .noneSatisfy(f -> assertThat(f.kind()).isEqualTo("hijri-gregorian-mismatch"));
        assertThat(Findings.of(List.of(read("en", ENGLISH, Language.EN)))).isEmpty();
    }

    @Test
    void aHeaderNamingAnotherBody() {
        String pasted = ENGLISH.replace("ADOPTED BY THE 50TH SESSION OF THE COUNCIL OF FOREIGN MINISTERS",
                "ADOPTED BY THE 50TH SESSION OF THE STANDING COMMITTEE FOR ECONOMIC AND COMMERCIAL COOPERATION");
        assertThat(kinds(Findings.of(List.of(read("en", pasted, Language.EN))))).contains("body-mismatch");
    }

    @Test
    void brokenNumbering() {
        assertThat(kinds(Findings.of(List.of(read("en", ENGLISH.replace("2. Invites", "4. Invites")
                .replace("3. Requests", "5. Requests"), Language.EN))))).contains("numbering-gap");
        assertThat(kinds(Findings.of(List.of(read("en", ENGLISH.replace("3. Requests", "2. Requests"), Language.EN)))))
                .contains("numbering-repeat");
        assertThat(kinds(Findings.of(List.of(read("en", ENGLISH.replace("1. Requests", "4. Requests")
                .replace("2. Invites", "5. Invites").replace("3. Requests", "6. Requests"), Language.EN)))))
                .contains("numbering-start");
        assertThat(kinds(Findings.of(List.of(read("en", ENGLISH.replace("3. Requests", "1. Requests"), Language.EN)))))
                .contains("numbering-restart");
    }

    @Test
    void aReportDueToTheSessionThatAsksForIt() {
        assertThat(kinds(Findings.of(List.of(read("en", ENGLISH.replace("51st session", "50th session"), Language.EN)))))
                .contains("report-due-session-passed");
    }

    @Test
    void everyKindHasItsMessageInTheThreeLanguages() {
        Set<String> english = ResourceBundle.getBundle("consistency.findings", Locale.ENGLISH).keySet();
        for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("ar"))) {
            ResourceBundle bundle = ResourceBundle.getBundle("consistency.findings", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.keySet()).as(locale.toString()).containsExactlyInAnyOrderElementsOf(english);
        }
        Message message = Message.of("numbering-gap", "1/49-IT", 2, 4);
        assertThat(message.en()).contains("jump from 2 to 4");
        assertThat(message.fr()).contains("sautent de 2 à 4");
        assertThat(message.ar().replaceAll("[\\u2066\\u2069]", "")).contains("من 2 إلى 4");
    }

    private static ReadDocument read(String file, String text, Language language) {
        return ResolutionReader.read(file, text, language);
    }

    private static List<String> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).toList();
    }
}

package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oic.diwan.consistency.Findings;
import org.oic.diwan.text.Language;

/**
 * Documents of the genre that are not resolutions: letters, communiqués and reports are read for
 * what they are, and nothing is invented for them (no resolution, no session, no mandate).
 */
class DocumentGenreTests {

    @Test
    void aLetterHasNoResolutionAndNoSession() {
        String text = String.join("\n",
                "Jeddah, 12 March 2024", "",
                "Excellency,", "",
                "I have the honour to transmit the provisional agenda of the coming meeting.", "",
                "Please accept the assurances of my highest consideration.", "");
        ReadDocument read = ResolutionReader.read("letter", text, Language.EN);
        assertThat(read.kind()).isEqualTo(DocumentKind.OTHER);
        assertThat(read.resolutions()).isEmpty();
        assertThat(read.session()).isNull();
        assertThat(read.segments()).allSatisfy(s -> assertThat(s.resolution()).isEqualTo(-1));
    }

    @Test
    void aCommuniquesNumberedProseIsItsBody() {
        String text = String.join("\n",
                "FINAL COMMUNIQUE", "",
                "OF THE ANNUAL COORDINATION MEETING OF MINISTERS OF FOREIGN AFFAIRS", "",
                "1. The Annual Coordination Meeting of the Ministers of Foreign Affairs was held in New York on 22 September 2023.", "",
                "2. The Ministers reaffirmed their commitment to the principles and objectives of the Charter.", "");
        ReadDocument read = ResolutionReader.read("communique", text, Language.EN);
        assertThat(read.segments()).filteredOn(s -> s.kind() == SegmentKind.OPERATIVE).hasSize(2);
    }

    @Test
    void theSessionsDatesAreThoseNextToItsHijriDates() {
        String header = "Issued on 2 April 2023\nForty-Ninth Session, Nouakchott, 16-17 March 2023 (24-25 Shaaban 1444H)";
        assertThat(HeaderDates.session(header)).hasValueSatisfying(span -> {
            assertThat(span.from()).isEqualTo(LocalDate.of(2023, 3, 16));
            assertThat(span.to()).isEqualTo(LocalDate.of(2023, 3, 17));
        });
    }

    @Test
    void withoutHijriDatesTheSessionsAreTheLast() {
        String header = "Issued on 2 April 2023\nForty-Ninth Session, Nouakchott, 16-17 March 2023";
        assertThat(HeaderDates.session(header)).hasValueSatisfying(
                span -> assertThat(span.from()).isEqualTo(LocalDate.of(2023, 3, 16)));
        assertThat(HeaderDates.session("no date at all")).isEmpty();
    }

    @Test
    void aReportOnPastSessionsIsNoMandateDueToItsOwnSession() {
        String text = String.join("\n",
                "OIC/CFM-50/2024/POL/SG-REP.3", "",
                "REPORT OF THE SECRETARY GENERAL", "",
                "ON THE IMPLEMENTATION OF THE RESOLUTIONS OF THE FORTY-NINTH SESSION OF THE COUNCIL OF FOREIGN MINISTERS", "",
                "1. Resolution 1/49-POL requested the Secretary General to report to the Forty-Ninth Session on the situation.", "",
                "2. The General Secretariat has followed the matter closely and reports as follows.", "");
        ReadDocument read = ResolutionReader.read("report", text, Language.EN);
        assertThat(read.kind()).isNotIn(DocumentKind.RESOLUTION, DocumentKind.RESOLUTION_SET);
        assertThat(Findings.of(java.util.List.of(read))).noneMatch(f -> f.kind().equals("report-due-session-passed"));
    }
}

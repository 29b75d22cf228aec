package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSymbolTests {

    @Test
    void thePrintingsOfOneDocumentShareOneKey() {
        DocumentSymbol arabic = DocumentSymbol.of("OIC/CFM-49/2023/IT /FINAL. RES"); // space and dot glued markers
        DocumentSymbol french = DocumentSymbol.of("OIC/CFM-49/2023/IT/RES/FINAL"); // markers in another order
        DocumentSymbol english = DocumentSymbol.of("OIC/CFM-49/2023/IT/FINAL");
        assertThat(arabic.key()).isEqualTo("OIC/CFM-49/2023/IT");
        assertThat(french.key()).isEqualTo(arabic.key());
        assertThat(english.key()).isEqualTo(arabic.key());
    }

    @Test
    void keepsWhatWasPrinted() {
        assertThat(DocumentSymbol.of("  OIC/CFM-49/2023/IT /FINAL. RES ").printed()).isEqualTo("OIC/CFM-49/2023/IT /FINAL. RES");
    }

    @Test
    void caseAndSpacingDoNotMatter() {
        assertThat(DocumentSymbol.of("oic / cfm-38 / 2011 / inf / res / final").key()).isEqualTo("OIC/CFM-38/2011/INF");
    }

    @Test
    void aResInsideTheSymbolIsPartOfIt() {
        // United Nations style: RES names the series, it is not a status marker
        assertThat(DocumentSymbol.of("A/RES/77/1").key()).isEqualTo("A/RES/77/1");
        assertThat(DocumentSymbol.of("OIC/CFM-48/2022/ST/RES.7/FINAL").key()).isEqualTo("OIC/CFM-48/2022/ST/RES.7");
    }

    @Test
    void namesBodySessionAndYear() {
        DocumentSymbol symbol = DocumentSymbol.of("OIC/CFM-49/2023/IT/FINAL");
        assertThat(symbol.bodyCode()).contains("CFM");
        assertThat(symbol.sessionOrdinal()).hasValue(49);
        assertThat(symbol.year()).hasValue(2023);
        assertThat(symbol.extraordinarySession()).isFalse();
    }

    @Test
    void theCouncilsFormerNameIsTheCouncil() {
        // Islamic Conference of Foreign Ministers, the CFM's name until 2011
        assertThat(DocumentSymbol.of("OIC/ICFM-35/2008/LEG/RES/FINAL").bodyCode()).contains("CFM");
    }

    @Test
    void extraordinarySessions() {
        DocumentSymbol symbol = DocumentSymbol.of("OIC/EX-CFM-5/2023/RES/FINAL");
        assertThat(symbol.bodyCode()).contains("CFM");
        assertThat(symbol.sessionOrdinal()).hasValue(5);
        assertThat(symbol.extraordinarySession()).isTrue();
    }

    @Test
    void unknownBodiesAreNotGuessed() {
        DocumentSymbol symbol = DocumentSymbol.of("ABC/XYZ-12/2020/FINAL");
        assertThat(symbol.bodyCode()).isEmpty();
        assertThat(symbol.sessionOrdinal()).isEmpty();
        assertThat(symbol.year()).hasValue(2020);
    }
}

package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.oic.diwan.Seeds;

class SymbolReaderTests {

    @Test
    void findsTheSymbolsOfTheSeeds() {
        assertThat(SymbolReader.read(Seeds.text("000")).map(DocumentSymbol::printed)).contains("OIC/CFM-49/2023/IT /FINAL. RES");
        assertThat(SymbolReader.read(Seeds.text("001")).map(DocumentSymbol::printed)).contains("OIC/CFM-49/2023/IT/RES/FINAL");
        assertThat(SymbolReader.read(Seeds.text("002")).map(DocumentSymbol::printed)).contains("OIC/CFM-49/2023/IT/FINAL");
        assertThat(SymbolReader.read(Seeds.text("003")).map(DocumentSymbol::printed)).contains("OIC/CFM-38/2011/INF/RES/FINAL");
    }

    @Test
    void theComcecDeclarationPrintsNoSymbol() {
        assertThat(SymbolReader.read(Seeds.text("004"))).isEmpty();
    }

    @Test
    void boldMarkdownAroundTheSymbol() {
        assertThat(SymbolReader.read("\n**OIC/CFM-50/2024/LEG/RES/FINAL**\n\nRESOLUTION").map(DocumentSymbol::key))
                .contains("OIC/CFM-50/2024/LEG");
    }

    @Test
    void aSymbolInsideAHeaderLine() {
        assertThat(SymbolReader.read("Distr.: General   A/RES/77/1   7 December 2022\nResolution").map(DocumentSymbol::key))
                .contains("A/RES/77/1");
    }

    @Test
    void datesAndResolutionNumbersAreNotSymbols() {
        assertThat(SymbolReader.read("16/03/2023\nResolution No. 1/49-IT\nIT-49/1\nand/or")).isEmpty();
    }

    @Test
    void aCitedSymbolFurtherDownIsNotTheDocumentsOwn() {
        String text = "RESOLUTION ON TRADE\n\nThe Council,\n\nAdopted at its session,\n\nNoting,\n\nWelcoming,\n\n"
                + "Recalling its resolution OIC/CFM-48/2022/ECO/RES/3 on trade,\n";
        assertThat(SymbolReader.read(text)).isEmpty();
    }

    @Test
    void aHostileLineDoesNotHangTheReader() {
        // Without cutting long lines, matching this backtracks for minutes.
        String hostile = "A.".repeat(500_000) + "\nthe of and to in";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SymbolReader.read(hostile));
    }

    @Test
    void onlyTheHeadIsSearched() {
        String body = "paragraph\n".repeat(40);
        assertThat(SymbolReader.read(body + "OIC/CFM-49/2023/IT/FINAL")).isEmpty();
    }
}

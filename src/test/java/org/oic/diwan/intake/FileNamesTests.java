package org.oic.diwan.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void ordinaryNamesInTheThreeLanguagesPass() {
        assertThat(FileNames.problem("000_0c2dd75d42e226ac.txt")).isEmpty();
        assertThat(FileNames.problem("قرار تقنية المعلومات.docx")).isEmpty();
        assertThat(FileNames.problem("Résolution n°1 (49e session).pdf")).isEmpty();
    }

    @Test
    void traversalIsRefused() {
        assertThat(FileNames.problem("../../etc/passwd")).get().asString().contains("../");
        assertThat(FileNames.problem("..\\..\\boot.ini")).get().asString().contains("../");
        assertThat(FileNames.problem("..")).isPresent();
    }

    @Test
    void pathsAreRefused() {
        assertThat(FileNames.problem("reports/annual.txt")).get().asString().contains("path");
        assertThat(FileNames.problem("C:\\Users\\clerk\\res.doc")).get().asString().contains("path");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(FileNames.problem("res\nimported  forged.txt")).get().asString().contains("control character");
        assertThat(FileNames.problem("res\u0000.txt")).get().asString().contains("U+0000");
        assertThat(FileNames.problem("bell\u0007.txt")).isPresent();
    }

    @Test
    void rightToLeftOverrideIsRefused() {
        // shows as "resolutiontxt.exe" reversed to look like a text file
        assertThat(FileNames.problem("resolution\u202Etxt.exe")).get().asString().contains("U+202E");
    }

    @Test
    void emptyAndOverlongNamesAreRefused() {
        assertThat(FileNames.problem("")).isPresent();
        assertThat(FileNames.problem(null)).isPresent();
        assertThat(FileNames.problem("ق".repeat(128) + ".txt")).get().asString().contains("255 bytes");
    }

    @Test
    void printableEscapesWhatCouldForgeAReport() {
        assertThat(FileNames.printable("a\nb\u202Ec")).isEqualTo("a\\u000Ab\\u202Ec");
    }
}

package org.oic.diwan.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParagraphMarkerTests {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "1. Requests the Secretary General|NUMBER|1",
        "1- يطلب من الأمين العام|NUMBER|1",
        "- 1. APPROUVE la finalisation|NUMBER|1",
        "- 1- يشيد بجهود|NUMBER|1",
        "-4 يطلب من الأمين العام|NUMBER|4",
        "(12) Urges the member states|NUMBER|12",
        "3) Invites the organs|NUMBER|3",
        "١٢. يدعو الدول الأعضاء|NUMBER|12",
        "(أ) بشأن تنشيط قطاع الإعلام:|LETTER|أ",
        "(هـ) الاحتفال بيوم المنظمة:|LETTER|هـ",
        "(b) to prepare a report|LETTER|b",
        "B. Economic affairs|LETTER|B",
        "• يطلب من الأمين العام|BULLET|''",
        "- **Recalling** the declaration|BULLET|''",
    })
    void readsTheMarksOfTheGenre(String line, ParagraphMarker.Kind kind, String number) {
        assertThat(ParagraphMarker.of(line)).hasValueSatisfying(marker -> {
            assertThat(marker.kind()).isEqualTo(kind);
            assertThat(marker.number()).isEqualTo(number);
        });
    }

    @Test
    void datesAndYearsAreNoMarks() {
        // "16-17 mars 2023" at the start of a header line: the number is followed by a digit
        assertThat(ParagraphMarker.of("16-17 mars 2023")).isEmpty();
        assertThat(ParagraphMarker.of("2023 was a year")).isEmpty();
        assertThat(ParagraphMarker.of("The Council")).isEmpty();
    }

    @Test
    void theMarkLengthCoversItsSpaces() {
        assertThat(ParagraphMarker.of("- 1. APPROUVE").orElseThrow().length()).isEqualTo("- 1. ".length());
    }
}
